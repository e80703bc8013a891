package vn.edu.platform.plan.planning.domain;

/** The three levels a task's responsibilities are split across (Phụ lục 1 of plan 570). */
public enum ResponsibilityLevel {
  /** Sở GD&ĐT. */
  DEPARTMENT,
  /** UBND cấp xã (commune, ward or special zone). */
  COMMUNE,
  /** Cơ sở giáo dục (school or centre). */
  SCHOOL
}
