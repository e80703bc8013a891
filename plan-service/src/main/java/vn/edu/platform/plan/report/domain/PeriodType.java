package vn.edu.platform.plan.report.domain;

/**
 * Kinds of reporting period (kỳ báo cáo); the codes are those of the public {@code ReportingPeriod}
 * of the events: {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H2}, {@code 2026}, {@code
 * 2025-2026}.
 */
public enum PeriodType {
  /** A calendar month. */
  MONTH,
  /** A calendar quarter. */
  QUARTER,
  /** A calendar half year (H1: January-June, H2: July-December). */
  HALF_YEAR,
  /** A calendar year. */
  YEAR,
  /**
   * A school year (năm học), 1 September to 31 May as the events' contract defines it; the summer
   * months belong to no school year.
   */
  SCHOOL_YEAR
}
