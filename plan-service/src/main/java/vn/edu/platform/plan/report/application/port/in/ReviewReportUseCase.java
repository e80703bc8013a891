package vn.edu.platform.plan.report.application.port.in;

import vn.edu.platform.plan.report.domain.ProgressReport;

/**
 * Approval bottom-up (commune, then department), rejection, and reopening by a department decision.
 * Every step is audited.
 */
public interface ReviewReportUseCase {

  /**
   * Approves at the approver's level; publishes {@code ProgressReportApproved}, and on the
   * department's approval of a target's value {@code TargetValueReported}.
   *
   * @throws vn.edu.platform.kernel.AccessDenied when a commune officer approves a report of a unit
   *     that is not one of the commune's schools today
   */
  ProgressReport approve(ReportCommands.ApproveReport command);

  /** Rejects with a reason; the unit continues with a new draft of the same content. */
  ReportViews.Rejection reject(ReportCommands.RejectReport command);

  /** Reopens an approved report by decision: its unit may correct and submit it again. */
  ProgressReport reopen(ReportCommands.ReopenReport command);
}
