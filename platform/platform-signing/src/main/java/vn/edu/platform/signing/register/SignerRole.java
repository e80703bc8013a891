package vn.edu.platform.signing.register;

/**
 * The capacities in which a certificate is registered to sign, a closed list: a school's records
 * (học bạ) are signed by the homeroom teacher and the principal, the department's diplomas by its
 * director or a deputy director. A role belongs to one level of unit: a school's roles are
 * registered for a school, the department's for the department.
 */
public enum SignerRole {
  /** Giáo viên chủ nhiệm: signs the records of the class they are in charge of. */
  HOMEROOM_TEACHER(UnitLevel.SCHOOL, "Giáo viên chủ nhiệm"),
  /** Hiệu trưởng: signs for the school. */
  PRINCIPAL(UnitLevel.SCHOOL, "Hiệu trưởng"),
  /** Phó hiệu trưởng: signs for the school on behalf of the principal, by delegation. */
  VICE_PRINCIPAL(UnitLevel.SCHOOL, "Phó hiệu trưởng"),
  /** Giám đốc Sở: the department's competent signer of diplomas. */
  DIRECTOR(UnitLevel.DEPARTMENT, "Giám đốc Sở"),
  /** Phó giám đốc Sở: signs on behalf of the director, by delegation. */
  DEPUTY_DIRECTOR(UnitLevel.DEPARTMENT, "Phó giám đốc Sở");

  /** The kind of unit a role is registered for. */
  public enum UnitLevel {
    SCHOOL,
    DEPARTMENT
  }

  private final UnitLevel unitLevel;
  private final String title;

  SignerRole(UnitLevel unitLevel, String title) {
    this.unitLevel = unitLevel;
    this.title = title;
  }

  /** The kind of unit this role is registered for. */
  public UnitLevel unitLevel() {
    return unitLevel;
  }

  /** The title as a Vietnamese signature block prints it, e.g. {@code Hiệu trưởng}. */
  public String title() {
    return title;
  }
}
