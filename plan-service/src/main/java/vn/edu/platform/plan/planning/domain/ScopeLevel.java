package vn.edu.platform.plan.planning.domain;

/** The level a target is measured at. */
public enum ScopeLevel {
  /** One value for the whole province. */
  PROVINCE,
  /** One value per commune. */
  COMMUNE,
  /** One value per school. */
  SCHOOL
}
