package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The result of a secondary subject assessed by comment only (Circular 22/2021, Art. 9.1.a), for a
 * semester or the year.
 */
public enum CommentResult {
  /** Đạt. */
  PASSED("Đạt"),
  /** Chưa đạt. */
  NOT_PASSED("Chưa đạt");

  private final String vietnameseName;

  CommentResult(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }
}
