package vn.edu.platform.events.studentrecord;

/** Which of a record's two signatures. */
public enum SignedAs {
  /** The individual signature of the class's homeroom teacher (giáo viên chủ nhiệm). */
  HOMEROOM_TEACHER,
  /** The institution signature, by the principal on behalf of the school (hiệu trưởng). */
  PRINCIPAL
}
