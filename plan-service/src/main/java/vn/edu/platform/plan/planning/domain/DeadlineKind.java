package vn.edu.platform.plan.planning.domain;

/** How a plan states a deadline (thời hạn / thời gian hoàn thành). */
public enum DeadlineKind {
  /** A day: "30/8/2025". */
  DATE,
  /** A month: "Tháng 6/2026" — due by its last day. */
  MONTH,
  /** A quarter: "Quý III/2025" — due by its last day. */
  QUARTER,
  /** A year: "năm 2027" — due by 31 December. */
  YEAR,
  /** "Thường xuyên": runs continuously, optionally with a schedule (RFC 5545 RRULE). */
  RECURRING
}
