package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The level of a primary subject at the end of semester I and of the year (Circular 27/2020, Art.
 * 6.2.a). Declared from the best to the worst.
 */
public enum SubjectLevel {
  /** Hoàn thành tốt. */
  COMPLETED_WELL("Hoàn thành tốt"),
  /** Hoàn thành. */
  COMPLETED("Hoàn thành"),
  /** Chưa hoàn thành. */
  NOT_COMPLETED("Chưa hoàn thành");

  private final String vietnameseName;

  SubjectLevel(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Whether this level is {@code other} or better. */
  public boolean atLeast(SubjectLevel other) {
    return ordinal() <= other.ordinal();
  }
}
