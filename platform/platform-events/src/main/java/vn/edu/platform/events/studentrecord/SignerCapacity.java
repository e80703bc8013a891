package vn.edu.platform.events.studentrecord;

/** The capacity a signer's certificate is registered in, for a school's records. */
public enum SignerCapacity {
  HOMEROOM_TEACHER,
  PRINCIPAL,
  /** Phó hiệu trưởng: signs the institution signature on the principal's behalf, by delegation. */
  VICE_PRINCIPAL
}
