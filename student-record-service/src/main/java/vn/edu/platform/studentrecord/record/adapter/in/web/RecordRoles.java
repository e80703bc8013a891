package vn.edu.platform.studentrecord.record.adapter.in.web;

import vn.edu.platform.starter.security.AccessRules;
import vn.edu.platform.starter.security.Roles;

/** The role expressions of the records' operations, checked before the body is read. */
final class RecordRoles {

  private RecordRoles() {}

  /** A school's administrator and principal move records through the workflow. */
  static final String SCHOOL_MANAGERS =
      "hasAnyRole('" + Roles.SCHOOL_ADMIN + "','" + Roles.PRINCIPAL + "')";

  /** Only the principal confirms the completion of lower secondary. */
  static final String PRINCIPAL = "hasRole('" + Roles.PRINCIPAL + "')";

  /** Those who sign records: homeroom teachers and principals. */
  static final String SIGNERS = "hasAnyRole('" + Roles.TEACHER + "','" + Roles.PRINCIPAL + "')";

  /**
   * Readers of one record: a school's staff, the department's, government systems with the
   * province-wide read role, and guardians (citizens); the use case then decides on the record's
   * school. Commune officers read aggregates, not records, so they are refused here, before the
   * body.
   */
  static final String RECORD_READERS =
      "hasAnyRole('"
          + Roles.TEACHER
          + "','"
          + Roles.PRINCIPAL
          + "','"
          + Roles.SCHOOL_ADMIN
          + "','"
          + Roles.DEPT_ADMIN
          + "','"
          + Roles.DEPT_OFFICER
          + "','"
          + Roles.CITIZEN
          + "') or "
          + AccessRules.GOVERNMENT_READ;
}
