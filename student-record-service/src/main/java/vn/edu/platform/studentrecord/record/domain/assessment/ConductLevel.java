package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The conduct result (kết quả rèn luyện) of a semester or a year, grades 6-12 (Circular 22/2021,
 * Art. 8): set by the homeroom teacher, not computed here. Declared from the best to the worst.
 */
public enum ConductLevel {
  /** Tốt. */
  GOOD("Tốt"),
  /** Khá. */
  FAIR("Khá"),
  /** Đạt. */
  PASS("Đạt"),
  /** Chưa đạt. */
  FAIL("Chưa đạt");

  private final String vietnameseName;

  ConductLevel(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Whether this level is {@code other} or better. */
  public boolean atLeast(ConductLevel other) {
    return ordinal() <= other.ordinal();
  }
}
