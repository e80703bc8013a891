package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The level of a primary student's quality or competency (Circular 27/2020, Art. 6.2.b). Declared
 * from the best to the worst.
 */
public enum CompetenceLevel {
  /** Tốt. */
  GOOD("Tốt"),
  /** Đạt. */
  PASS("Đạt"),
  /** Cần cố gắng. */
  NEEDS_EFFORT("Cần cố gắng");

  private final String vietnameseName;

  CompetenceLevel(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Whether this level is {@code other} or better. */
  public boolean atLeast(CompetenceLevel other) {
    return ordinal() <= other.ordinal();
  }
}
