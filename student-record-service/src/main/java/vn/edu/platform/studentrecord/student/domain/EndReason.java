package vn.edu.platform.studentrecord.student.domain;

/** Why an enrolment ended before the student finished the year in the class. */
public enum EndReason {
  /** The student moved to another class of the same school and year. */
  CLASS_CHANGED,
  /** The student was transferred to another school (chuyển trường). */
  TRANSFERRED
}
