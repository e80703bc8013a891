package vn.edu.platform.studentrecord.student.domain;

/** Sex (giới tính) as the birth registration records it; the personal ID's fourth digit says it. */
public enum Sex {
  /** Nam. */
  MALE,
  /** Nữ. */
  FEMALE
}
