package vn.edu.platform.studentrecord.student.application.port.in;

/** Sex (giới tính) as the birth registration records it, as the other features read it. */
public enum Sex {
  /** Nam. */
  MALE,
  /** Nữ. */
  FEMALE
}
