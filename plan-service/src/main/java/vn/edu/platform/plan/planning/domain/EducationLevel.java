package vn.edu.platform.plan.planning.domain;

/**
 * An education level (cấp học) a target is about, e.g. "enrolment at the right age: 96% in lower
 * secondary". Distinct from a school's own level in the directory, which may span several levels.
 */
public enum EducationLevel {
  PRESCHOOL,
  PRIMARY,
  LOWER_SECONDARY,
  UPPER_SECONDARY,
  CONTINUING_EDUCATION
}
