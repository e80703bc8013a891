package vn.edu.platform.starter.security;

import java.util.Set;

/**
 * Realm roles of the {@code edu} Keycloak realm (deploy/keycloak). Spring authorities are {@code
 * ROLE_<name>}, so {@code @PreAuthorize("hasRole('dept-admin')")} works as written.
 */
public final class Roles {

  public static final String DEPT_ADMIN = "dept-admin";
  public static final String DEPT_OFFICER = "dept-officer";
  public static final String DIPLOMA_OFFICER = "diploma-officer";
  public static final String ADMISSION_OFFICER = "admission-officer";
  public static final String COMMUNE_OFFICER = "commune-officer";
  public static final String SCHOOL_ADMIN = "school-admin";
  public static final String PRINCIPAL = "principal";
  public static final String TEACHER = "teacher";
  public static final String CITIZEN = "citizen";
  public static final String VERIFIER = "verifier";
  public static final String GOV_SYSTEM = "gov-system";

  /** Client roles that give a government system province-wide reach. */
  public static final String PROVINCE_READ = "province-read";

  public static final String PROVINCE_WRITE = "province-write";

  /** Roles whose holders act for the department on the whole province. */
  public static final Set<String> DEPARTMENT =
      Set.of(DEPT_ADMIN, DEPT_OFFICER, DIPLOMA_OFFICER, ADMISSION_OFFICER);

  /** Roles whose holders act for one school. */
  public static final Set<String> SCHOOL = Set.of(SCHOOL_ADMIN, PRINCIPAL, TEACHER);

  private Roles() {}
}
