package vn.edu.platform.starter.security;

/**
 * The access rules the services' handlers share, as {@code @PreAuthorize} expressions built from
 * {@link Roles}: each has a meta-annotation ({@link DepartmentAdmin}, {@link DepartmentOnly},
 * {@link UnitManagers}, {@link Approvers}, {@link SchoolStaff}, {@link AnyStaff}, {@link
 * AnyStaffOrGovernment}, {@link GovernmentRead}, {@link GovernmentWrite}, {@link Authenticated}). A
 * handler uses the annotation; a rare combination of its own may still build on these constants.
 * Roles decide <em>what</em> a caller may do; {@link OrgScope} decides <em>where</em>.
 */
public final class AccessRules {

  private static final String Q = "'";
  private static final String SEP = "','";

  /** The department's administrators. */
  public static final String DEPARTMENT_ADMIN = "hasRole(" + Q + Roles.DEPT_ADMIN + Q + ")";

  /** Department staff who manage the province's plans and forms. */
  public static final String DEPARTMENT_ONLY =
      "hasAnyRole(" + Q + Roles.DEPT_ADMIN + SEP + Roles.DEPT_OFFICER + Q + ")";

  /** Those who act for a unit: department managers, commune officers, school heads. */
  public static final String UNIT_MANAGERS =
      "hasAnyRole("
          + Q
          + Roles.DEPT_ADMIN
          + SEP
          + Roles.DEPT_OFFICER
          + SEP
          + Roles.COMMUNE_OFFICER
          + SEP
          + Roles.SCHOOL_ADMIN
          + SEP
          + Roles.PRINCIPAL
          + Q
          + ")";

  /** Those who approve a unit's work: department managers and commune officers. */
  public static final String APPROVERS =
      "hasAnyRole("
          + Q
          + Roles.DEPT_ADMIN
          + SEP
          + Roles.DEPT_OFFICER
          + SEP
          + Roles.COMMUNE_OFFICER
          + Q
          + ")";

  /** The staff of a school. */
  public static final String SCHOOL_STAFF =
      "hasAnyRole("
          + Q
          + Roles.SCHOOL_ADMIN
          + SEP
          + Roles.PRINCIPAL
          + SEP
          + Roles.TEACHER
          + Q
          + ")";

  /** Every member of staff: department, commune and school roles. */
  public static final String ANY_STAFF =
      "hasAnyRole("
          + Q
          + Roles.DEPT_ADMIN
          + SEP
          + Roles.DEPT_OFFICER
          + SEP
          + Roles.DIPLOMA_OFFICER
          + SEP
          + Roles.ADMISSION_OFFICER
          + SEP
          + Roles.COMMUNE_OFFICER
          + SEP
          + Roles.SCHOOL_ADMIN
          + SEP
          + Roles.PRINCIPAL
          + SEP
          + Roles.TEACHER
          + Q
          + ")";

  /** Every member of staff and government systems (their client role decides their reach). */
  public static final String ANY_STAFF_OR_GOVERNMENT =
      "hasAnyRole("
          + Q
          + Roles.DEPT_ADMIN
          + SEP
          + Roles.DEPT_OFFICER
          + SEP
          + Roles.DIPLOMA_OFFICER
          + SEP
          + Roles.ADMISSION_OFFICER
          + SEP
          + Roles.COMMUNE_OFFICER
          + SEP
          + Roles.SCHOOL_ADMIN
          + SEP
          + Roles.PRINCIPAL
          + SEP
          + Roles.TEACHER
          + SEP
          + Roles.GOV_SYSTEM
          + Q
          + ")";

  /** A government system granted province-wide reading (or writing, which includes it). */
  public static final String GOVERNMENT_READ =
      "hasRole("
          + Q
          + Roles.GOV_SYSTEM
          + Q
          + ") and hasAnyRole("
          + Q
          + Roles.PROVINCE_READ
          + SEP
          + Roles.PROVINCE_WRITE
          + Q
          + ")";

  /** A government system granted province-wide writing. */
  public static final String GOVERNMENT_WRITE =
      "hasRole(" + Q + Roles.GOV_SYSTEM + Q + ") and hasRole(" + Q + Roles.PROVINCE_WRITE + Q + ")";

  /** Any valid token of our audience (the use case decides what it may see). */
  public static final String AUTHENTICATED = "isAuthenticated()";

  private AccessRules() {}
}
