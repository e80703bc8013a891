package vn.edu.platform.plan.planning.domain;

/**
 * A group of units a task can be assigned to in one go, expanded into the concrete units of the
 * tree on the plan's date ("UBND các xã, phường, đặc khu", "các cơ sở giáo dục"). The expansion is
 * stored: a school opened later is assigned explicitly.
 */
public enum UnitGroup {
  /** Divisions of the department (các phòng chuyên môn, nghiệp vụ Sở). */
  DIVISIONS,
  /** Every commune, ward and special zone (UBND cấp xã). */
  COMMUNES,
  /** Every school and centre, at any level. */
  SCHOOLS,
  /** Preschools, primary and lower-secondary schools, which sit under a commune. */
  COMMUNE_SCHOOLS,
  /** Upper-secondary schools and continuing-education centres directly under the department. */
  DEPARTMENT_SCHOOLS
}
