package vn.edu.platform.studentrecord.student.domain;

/** A guardian's relationship to the student. */
public enum Relationship {
  /** Cha. */
  FATHER,
  /** Mẹ. */
  MOTHER,
  /** Người giám hộ (guardian appointed under the Civil Code). */
  GUARDIAN,
  /** Another relative or carer (ông, bà, anh, chị…). */
  OTHER
}
