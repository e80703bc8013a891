package vn.edu.platform.studentrecord.record.domain.assessment;

/** The year-end awards of grades 6-12 (Circular 22/2021, Art. 15.1.a). */
public enum Award {
  /** Học sinh Xuất sắc. */
  EXCELLENT("Học sinh Xuất sắc"),
  /** Học sinh Giỏi. */
  GOOD("Học sinh Giỏi");

  private final String vietnameseName;

  Award(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The title the certificate of merit (giấy khen) names. */
  public String vietnameseName() {
    return vietnameseName;
  }
}
