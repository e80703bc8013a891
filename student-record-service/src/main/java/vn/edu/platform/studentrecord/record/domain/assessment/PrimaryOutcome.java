package vn.edu.platform.studentrecord.record.domain.assessment;

/** The year outcome of a primary student (Circular 27/2020, Art. 9.2). Best to worst. */
public enum PrimaryOutcome {
  /** Hoàn thành xuất sắc. */
  EXCELLENT("Hoàn thành xuất sắc"),
  /** Hoàn thành tốt. */
  GOOD("Hoàn thành tốt"),
  /** Hoàn thành. */
  COMPLETED("Hoàn thành"),
  /** Chưa hoàn thành. */
  NOT_COMPLETED("Chưa hoàn thành");

  private final String vietnameseName;

  PrimaryOutcome(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Whether the student completes the grade's programme (hoàn thành chương trình lớp học): from
   * Hoàn thành up (Art. 11.1).
   */
  public boolean completesGrade() {
    return this != NOT_COMPLETED;
  }
}
