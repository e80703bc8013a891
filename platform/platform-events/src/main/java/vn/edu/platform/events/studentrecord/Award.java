package vn.edu.platform.events.studentrecord;

/** The year's award of a secondary student (Circular 22/2021, Art. 15). */
public enum Award {
  /** Học sinh Xuất sắc. */
  EXCELLENT,
  /** Học sinh Giỏi. */
  GOOD
}
