package vn.edu.platform.studentrecord.record.domain.catalogue;

/** How a subject is assessed, which decides what a record holds for it. */
public enum AssessmentKind {
  /**
   * Secondary, comment plus scores on the 10-point scale with one decimal (Circular 22/2021, Art.
   * 5.2): regular assessments (ĐĐGtx), a mid-term (ĐĐGgk) and an end-of-term (ĐĐGck) score per
   * semester.
   */
  SCORED,
  /**
   * Secondary, comment only, Đạt / Chưa đạt (Circular 22/2021, Art. 5.1): physical education, arts,
   * music, fine arts, local education content, experiential and career-guidance activities.
   */
  COMMENT_ONLY,
  /**
   * Primary, a level (Hoàn thành tốt / Hoàn thành / Chưa hoàn thành) and a periodic test scored in
   * whole numbers 0-10 at the end of each semester (Circular 27/2020, Art. 7).
   */
  PRIMARY_LEVEL_AND_TEST,
  /** Primary, a level only (Circular 27/2020, Art. 6). */
  PRIMARY_LEVEL;

  /** Whether the subject belongs to the primary scheme. */
  public boolean primary() {
    return this == PRIMARY_LEVEL_AND_TEST || this == PRIMARY_LEVEL;
  }
}
