package vn.edu.platform.events.studentrecord;

/** What the year's results decide (Circular 22/2021, Art. 12-13; Circular 27/2020, Art. 11). */
public enum YearEndDecision {
  /** Lên lớp, or the level's programme completed in its last grade. */
  PROMOTED,
  /** Kiểm tra lại in the summer (learning result Chưa đạt). */
  RE_ASSESSMENT,
  /** Rèn luyện trong kỳ nghỉ hè (conduct Chưa đạt). */
  CONDUCT_TRAINING,
  /** Both of the above. */
  RE_ASSESSMENT_AND_CONDUCT_TRAINING,
  /** Ở lại lớp: more than 45 sessions absent, or the summer did not suffice. */
  REPEAT
}
