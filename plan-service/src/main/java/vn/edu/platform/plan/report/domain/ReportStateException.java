package vn.edu.platform.plan.report.domain;

/**
 * An action the report's (or its plan's) current state does not allow, answered as a conflict with
 * a stable code: {@code report-locked} (approved data, until reopened by decision), {@code
 * report-in-approval} (submitted, waiting for an approver), {@code report-approval-order} (not the
 * turn of this level: approval goes school → commune → department), {@code
 * report-status-transition}, {@code plan-not-issued}, {@code plan-closed}.
 */
public class ReportStateException extends RuntimeException {

  private final String code;

  public ReportStateException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
