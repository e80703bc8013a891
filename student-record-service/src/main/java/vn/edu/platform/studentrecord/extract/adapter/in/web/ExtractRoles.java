package vn.edu.platform.studentrecord.extract.adapter.in.web;

import vn.edu.platform.starter.security.AccessRules;
import vn.edu.platform.starter.security.Roles;

/** The role expressions of the extracts' operations, checked before the body is read. */
final class ExtractRoles {

  private ExtractRoles() {}

  /**
   * Who may have an extract issued: the readers of one record (staff, government systems,
   * guardians), the record feature deciding which record each may read.
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

  /**
   * Who reads the log of extracts: staff (the owning school's and the department, decided after).
   */
  static final String LOG_READERS = AccessRules.ANY_STAFF;
}
