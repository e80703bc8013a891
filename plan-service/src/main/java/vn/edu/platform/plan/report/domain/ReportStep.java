package vn.edu.platform.plan.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a report's history (its approvals trail): who did what, when and why.
 *
 * @param level for approvals and rejections: the approver's level
 * @param unitCode the unit acting: the reporting unit for submissions, the approver otherwise
 * @param reason the rejection's or reopening's reason, or an approver's comment
 * @param decisionNumber for a reopening: the department's decision (quyết định), e.g. {@code
 *     123/QĐ-SGDĐT}
 * @param decisionDate for a reopening: the decision's date, if given
 */
public record ReportStep(
    Action action,
    ApprovalLevel level,
    String unitCode,
    Instant at,
    String reason,
    String decisionNumber,
    LocalDate decisionDate) {

  /** What happened. */
  public enum Action {
    SUBMITTED,
    /** Submitted again after a reopening. */
    RESUBMITTED,
    APPROVED,
    REJECTED,
    REOPENED
  }

  public ReportStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(at, "at");
  }
}
