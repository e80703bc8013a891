package vn.edu.platform.local.demo;

/** The education level a school teaches. */
public enum SchoolLevel {
  /** Mầm non. */
  PRESCHOOL,
  /** Tiểu học, grades 1-5. */
  PRIMARY,
  /** Trung học cơ sở (THCS), grades 6-9. */
  LOWER_SECONDARY,
  /** Trung học phổ thông (THPT), grades 10-12. */
  UPPER_SECONDARY,
  /** A school spanning several levels (trường phổ thông nhiều cấp học). */
  MULTI_LEVEL,
  /** Giáo dục thường xuyên (GDTX) centre. */
  CONTINUING_EDUCATION
}
