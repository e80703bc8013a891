package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on records, as the use cases decide on it: the capacities the caller holds and the unit
 * they act for. The web adapter builds it from the validated token; the decisions themselves (a
 * school's staff on their school's records, a teacher writing the classes they are homeroom teacher
 * of, the department and entitled systems reading everything, a guardian their children's records)
 * are the application's.
 *
 * @param login the caller's login (a class names its homeroom teacher by it, a guardian link names
 *     the citizen account by it); null for service accounts
 * @param unitCode the caller's unit; null for callers outside the organisation tree
 */
public record Actor(@Nullable String login, Set<Capacity> capacities, @Nullable String unitCode) {

  public Actor {
    capacities = Set.copyOf(capacities);
  }

  /** The capacities that matter to records. */
  public enum Capacity {
    TEACHER,
    PRINCIPAL,
    SCHOOL_ADMIN,
    COMMUNE_OFFICER,
    /** Department staff acting for the department. */
    DEPARTMENT,
    /** A government system with the province-wide read role. */
    GOVERNMENT_READER,
    CITIZEN
  }

  public boolean is(Capacity capacity) {
    return capacities.contains(capacity);
  }

  /** Staff of {@code schoolCode} in any capacity. */
  public boolean worksAt(String schoolCode) {
    return schoolCode.equals(unitCode)
        && (is(Capacity.TEACHER) || is(Capacity.PRINCIPAL) || is(Capacity.SCHOOL_ADMIN));
  }

  /** Whether the caller reads every record of the province. */
  public boolean readsProvince() {
    return is(Capacity.DEPARTMENT) || is(Capacity.GOVERNMENT_READER);
  }
}
