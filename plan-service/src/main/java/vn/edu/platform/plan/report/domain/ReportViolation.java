package vn.edu.platform.plan.report.domain;

/**
 * One broken rule of a report form or a report, located by an RFC 6901 pointer into the request
 * (e.g. {@code /value}, {@code /dueRule/day}; {@code /period} for the period in the path), with a
 * stable code such as {@code value-out-of-range}.
 */
public record ReportViolation(String pointer, String code, String message) {

  /** The same violation located under {@code prefix}. */
  public ReportViolation under(String prefix) {
    return new ReportViolation(prefix + pointer, code, message);
  }
}
