package vn.edu.platform.studentrecord.record.domain;

/**
 * Where a record stands in the school's workflow (quy trình lập học bạ số). Each state is reached
 * from the one before it only; a signed record changes only by a correction, which is a new
 * version.
 */
public enum RecordStatus {
  /** Nháp: the school is entering data; content may change. */
  DRAFT,
  /** Đã kiểm tra: complete, and the identity data cross-checked with the student registry. */
  VERIFIED,
  /** Đã xác nhận: the school confirms the content; ready for the homeroom teacher's signature. */
  CONFIRMED,
  /** Giáo viên chủ nhiệm đã ký: the individual signature. */
  SIGNED_BY_TEACHER,
  /** Hiệu trưởng đã ký: the institution signature, on behalf of the school. */
  SIGNED_BY_PRINCIPAL,
  /** Đã khoá: immutable; a change is a correction (a new version). */
  LOCKED;

  /** Whether the content may still be replaced. */
  public boolean editable() {
    return this == DRAFT || this == VERIFIED;
  }

  /** Whether a signature of the institution covers the record, so only a correction changes it. */
  public boolean signedByInstitution() {
    return this == SIGNED_BY_PRINCIPAL || this == LOCKED;
  }
}
