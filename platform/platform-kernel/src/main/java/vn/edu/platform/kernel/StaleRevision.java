package vn.edu.platform.kernel;

/**
 * The aggregate changed since the caller read it: the revision its {@code If-Match} named is not
 * the current one, so the update would overwrite someone else's change. 412 {@code
 * precondition-failed}; the current revision is logged, not returned (the client reads again).
 */
public non-sealed class StaleRevision extends ApplicationException {

  public static final String CODE = "precondition-failed";

  private final String subject;
  private final long expected;
  private final long actual;

  public StaleRevision(String subject, long expected, long actual) {
    super(CODE, subject + " is at revision " + actual + ", not " + expected);
    this.subject = subject;
    this.expected = expected;
    this.actual = actual;
  }

  /** What changed, e.g. {@code plan 3f2…}, for the log. */
  public String subject() {
    return subject;
  }

  public long expected() {
    return expected;
  }

  public long actual() {
    return actual;
  }
}
