package vn.edu.platform.events.plan.signers;

/**
 * The capacity a certificate signs in, or a delegation hands on (the register's closed list):
 * school roles for a school, the director's for the department.
 */
public enum SignerRole {
  /** Giáo viên chủ nhiệm. */
  HOMEROOM_TEACHER,
  /** Hiệu trưởng. */
  PRINCIPAL,
  /** Phó hiệu trưởng. */
  VICE_PRINCIPAL,
  /** Giám đốc Sở. */
  DIRECTOR,
  /** Phó giám đốc Sở. */
  DEPUTY_DIRECTOR
}
