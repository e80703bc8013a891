package vn.edu.platform.kernel;

/**
 * The audit port every use case writes to, in its own transaction: who did what to which record of
 * which unit, and why. The platform starter's adapter appends to the hash-chained audit trail and
 * takes the actor from the request's token; a service declares no port or adapter of its own.
 */
public interface AuditLog {

  /**
   * Records an action by the current caller (the system when there is none).
   *
   * @param action what was done
   * @param subjectType the kind of record, e.g. {@code plan}, {@code plan-task}
   * @param subjectId the record's id
   * @param unitCode the organisation unit the record belongs to
   * @param purpose why (the law asks for a purpose of every access), e.g. {@code issue plan}
   */
  void record(Action action, String subjectType, String subjectId, String unitCode, String purpose);

  default void created(String subjectType, String subjectId, String unitCode, String purpose) {
    record(Action.CREATE, subjectType, subjectId, unitCode, purpose);
  }

  default void updated(String subjectType, String subjectId, String unitCode, String purpose) {
    record(Action.UPDATE, subjectType, subjectId, unitCode, purpose);
  }

  default void deleted(String subjectType, String subjectId, String unitCode, String purpose) {
    record(Action.DELETE, subjectType, subjectId, unitCode, purpose);
  }

  /** A read of a personal record. */
  default void read(String subjectType, String subjectId, String unitCode, String purpose) {
    record(Action.READ, subjectType, subjectId, unitCode, purpose);
  }

  /** One entry of {@link #recordAll}. */
  record Entry(
      Action action, String subjectType, String subjectId, String unitCode, String purpose) {}

  /**
   * Records several actions of the current caller at once, in the order given, as {@link #record}
   * would one by one: for bulk use cases (a school's two thousand records), where the adapter
   * appends the entries to the chain in one go.
   */
  default void recordAll(java.util.List<Entry> entries) {
    for (Entry e : entries) {
      record(e.action(), e.subjectType(), e.subjectId(), e.unitCode(), e.purpose());
    }
  }

  /** What was done to a record; the same names as the trail's actions. */
  enum Action {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    SIGN,
    EXPORT,
    IMPORT,
    VERIFY
  }
}
