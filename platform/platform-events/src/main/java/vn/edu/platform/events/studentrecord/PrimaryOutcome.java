package vn.edu.platform.events.studentrecord;

/** A primary pupil's year outcome (Circular 27/2020, Art. 9). */
public enum PrimaryOutcome {
  /** Hoàn thành xuất sắc. */
  EXCELLENT,
  /** Hoàn thành tốt. */
  GOOD,
  /** Hoàn thành. */
  COMPLETED,
  /** Chưa hoàn thành. */
  NOT_COMPLETED
}
