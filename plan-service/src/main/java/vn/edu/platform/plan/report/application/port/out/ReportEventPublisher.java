package vn.edu.platform.plan.report.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReopeningDecision;
import vn.edu.platform.plan.report.domain.ReportForm;

/** Announces reports to the other services through the outbox (in the transaction). */
public interface ReportEventPublisher {

  /** {@code ProgressReportSubmitted}: the report's period, due date, time and timeliness. */
  void submitted(ReportForm form, ProgressReport report);

  /** {@code ProgressReportApproved}, once per approval. */
  void approved(ProgressReport report, ApprovalLevel level, String approverUnitCode, Instant at);

  /**
   * {@code ProgressReportRejected}: the report is no longer received; {@code redraft} carries its
   * content on under a new id.
   */
  void rejected(
      ReportForm form,
      ProgressReport rejected,
      ProgressReport redraft,
      ApprovalLevel level,
      String rejecterUnitCode,
      Instant at);

  /** {@code ProgressReportReopened}: the report is no longer approved, still received. */
  void reopened(
      ReportForm form,
      ProgressReport reopened,
      ReopeningDecision decision,
      String departmentUnitCode,
      Instant at);

  /**
   * {@code TargetValueReported}: the department approved a target's value for a unit and period.
   */
  void targetValueReported(
      ReportForm form, ProgressReport report, BigDecimal value, String unitOfMeasure);
}
