package vn.edu.platform.plan.orgunit.domain;

/** Level of a school (cấp học). */
public enum SchoolLevel {
  /** Mầm non. */
  PRESCHOOL,
  /** Tiểu học, grades 1-5. */
  PRIMARY,
  /** Trung học cơ sở (THCS), grades 6-9. */
  LOWER_SECONDARY,
  /** Trung học phổ thông (THPT), grades 10-12. */
  UPPER_SECONDARY,
  /** Several levels in one school (e.g. primary and lower secondary). */
  MULTI_LEVEL,
  /** Giáo dục thường xuyên (GDTX) centre. */
  CONTINUING_EDUCATION
}
