package vn.edu.platform.kernel;

import java.util.OptionalLong;

/**
 * The revision a conditional update is based on — what the client's {@code If-Match} named — or
 * {@link #any()} where the precondition is optional and the client sent none. The use case checks
 * it against the aggregate's current revision with {@link #verify}.
 */
public final class ExpectedRevision {

  private static final ExpectedRevision ANY = new ExpectedRevision(null);

  private final Long revision;

  private ExpectedRevision(Long revision) {
    this.revision = revision;
  }

  public static ExpectedRevision of(long revision) {
    if (revision < 0) {
      throw new IllegalArgumentException("A revision is not negative: " + revision);
    }
    return new ExpectedRevision(revision);
  }

  /** No precondition: any current revision is accepted. */
  public static ExpectedRevision any() {
    return ANY;
  }

  public boolean isAny() {
    return revision == null;
  }

  public OptionalLong revision() {
    return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
  }

  /** Whether an aggregate at {@code current} satisfies the precondition. */
  public boolean matches(long current) {
    return revision == null || revision == current;
  }

  /**
   * Throws {@link StaleRevision} unless an aggregate at {@code current} satisfies the precondition.
   *
   * @param subject what is updated, for the log (e.g. {@code "plan " + id})
   */
  public void verify(String subject, long current) {
    if (!matches(current)) {
      throw new StaleRevision(subject, revision, current);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpectedRevision that
        && java.util.Objects.equals(revision, that.revision);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(revision);
  }

  @Override
  public String toString() {
    return revision == null ? "any revision" : "revision " + revision;
  }
}
