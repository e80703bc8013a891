package vn.edu.platform.plan.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.kernel.StateConflict;

/**
 * One unit's progress report (báo cáo tiến độ) for one period of a form: its content, its status
 * ({@link ReportStatus}), when it was submitted and whether on time, and its history.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>Only a draft or a reopened report is edited; a submitted one waits for its approver ({@code
 *       report-in-approval}), an approved one is locked ({@code report-locked}) until the
 *       department reopens it by decision.
 *   <li>On time means: the submission's date in Vietnam is on or before the due date. A report
 *       submitted again after a reopening keeps its first submission's time: the department's
 *       decision does not make a unit late.
 *   <li>Approval is bottom-up along the {@link ApprovalRoute}: a commune's school needs its commune
 *       first, then the department; every other unit the department alone. A level that is not at
 *       its turn is refused ({@code report-approval-order}).
 *   <li>A rejection closes the report for good (REJECTED, with its reason) and the unit carries on
 *       with a new draft of the same content and a new id ({@link #redraft}): a resubmission after
 *       rejection is a new report, as the public {@code ProgressReportSubmitted} says, and the
 *       rejected one stays as it was sent.
 * </ul>
 *
 * @param dueOn the period's due date from the form's rule, fixed when the report is created
 * @param submittedAt the first submission (kept across a reopening); null before
 * @param onTime whether that submission was on time; null before it
 * @param replacesReportId the rejected report this draft continues, if any
 * @param history the steps after creation, oldest first
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record ProgressReport(
    UUID id,
    UUID formId,
    String unitCode,
    ReportingPeriod period,
    LocalDate dueOn,
    ReportStatus status,
    ReportContent content,
    Instant submittedAt,
    Boolean onTime,
    UUID replacesReportId,
    List<ReportStep> history,
    long revision) {

  public ProgressReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(status, "status");
    content = content == null ? ReportContent.EMPTY : content;
    history = List.copyOf(history == null ? List.of() : history);
  }

  /** A new draft of a unit for a period. */
  public static ProgressReport draft(
      UUID id,
      UUID formId,
      String unitCode,
      ReportingPeriod period,
      LocalDate dueOn,
      ReportContent content) {
    return new ProgressReport(
        id,
        formId,
        unitCode,
        period,
        dueOn,
        ReportStatus.DRAFT,
        content,
        null,
        null,
        null,
        List.of(),
        1);
  }

  /** Refuses a change of content unless the report is a draft or reopened. */
  public void requireEditable() {
    switch (status) {
      case DRAFT, REOPENED -> {}
      case SUBMITTED, APPROVED_BY_COMMUNE ->
          throw new StateConflict(
              "report-in-approval",
              "The report is submitted and waits for approval: ask the approver to reject it");
      case APPROVED ->
          throw new StateConflict(
              "report-locked",
              "The report is approved and locked: the department reopens it by decision");
      case REJECTED ->
          throw new StateConflict(
              "report-status-transition",
              "The report was rejected and replaced by a new draft: edit that one");
    }
  }

  /** The same report with new content. */
  public ProgressReport edited(ReportContent newContent) {
    requireEditable();
    return with(status, newContent, submittedAt, onTime, history, revision + 1);
  }

  /**
   * Submits a draft (on time if {@code submittedOn}, the Vietnamese date of {@code at}, is on or
   * before the due date) or a reopened report (keeping its first submission's time).
   */
  public ProgressReport submitted(Instant at, LocalDate submittedOn) {
    requireEditable();
    if (status == ReportStatus.REOPENED) {
      return with(
          ReportStatus.SUBMITTED,
          content,
          submittedAt,
          onTime,
          plus(new ReportStep(ReportStep.Action.RESUBMITTED, null, unitCode, at, null, null, null)),
          revision + 1);
    }
    return with(
        ReportStatus.SUBMITTED,
        content,
        at,
        !submittedOn.isAfter(dueOn),
        plus(new ReportStep(ReportStep.Action.SUBMITTED, null, unitCode, at, null, null, null)),
        revision + 1);
  }

  /** The level whose turn it is to approve or reject; empty when no approval is pending. */
  public Optional<ApprovalLevel> awaitedLevel(ApprovalRoute route) {
    return switch (status) {
      case SUBMITTED -> Optional.of(route.firstLevel());
      case APPROVED_BY_COMMUNE -> Optional.of(ApprovalLevel.DEPARTMENT);
      default -> Optional.empty();
    };
  }

  /** Approval by {@code approverUnit} at {@code level}, which must be the awaited one. */
  public ProgressReport approved(
      ApprovalLevel level, ApprovalRoute route, String approverUnit, String comment, Instant at) {
    requireTurn(level, route, approverUnit);
    ReportStatus next =
        level == ApprovalLevel.COMMUNE ? ReportStatus.APPROVED_BY_COMMUNE : ReportStatus.APPROVED;
    return with(
        next,
        content,
        submittedAt,
        onTime,
        plus(
            new ReportStep(
                ReportStep.Action.APPROVED,
                level,
                approverUnit,
                at,
                ReopeningDecision.nfc(comment),
                null,
                null)),
        revision + 1);
  }

  /** Rejection with a reason by the level whose turn it is; see {@link #redraft}. */
  public ProgressReport rejected(
      ApprovalLevel level, ApprovalRoute route, String approverUnit, String reason, Instant at) {
    String why = ReopeningDecision.nfc(reason);
    if (why == null || why.length() > 2000) {
      throw ReportForm.refusal(
          "/reason", "required", "A rejection says why (at most 2000 characters)");
    }
    requireTurn(level, route, approverUnit);
    return with(
        ReportStatus.REJECTED,
        content,
        submittedAt,
        onTime,
        plus(new ReportStep(ReportStep.Action.REJECTED, level, approverUnit, at, why, null, null)),
        revision + 1);
  }

  /** The new draft that carries a rejected report's content on, under a new id. */
  public ProgressReport redraft(UUID newId) {
    if (status != ReportStatus.REJECTED) {
      throw new IllegalStateException("only a rejected report is redrafted");
    }
    return new ProgressReport(
        newId,
        formId,
        unitCode,
        period,
        dueOn,
        ReportStatus.DRAFT,
        content,
        null,
        null,
        id,
        List.of(),
        1);
  }

  /** Unlocks approved data by a department decision; the unit then corrects and resubmits it. */
  public ProgressReport reopened(ReopeningDecision decision, String departmentUnit, Instant at) {
    if (status != ReportStatus.APPROVED) {
      throw new StateConflict(
          "report-status-transition", "Only an approved report is reopened, not a " + status);
    }
    return with(
        ReportStatus.REOPENED,
        content,
        submittedAt,
        onTime,
        plus(
            new ReportStep(
                ReportStep.Action.REOPENED,
                ApprovalLevel.DEPARTMENT,
                departmentUnit,
                at,
                decision.reason(),
                decision.number(),
                decision.date())),
        revision + 1);
  }

  private void requireTurn(ApprovalLevel level, ApprovalRoute route, String approverUnit) {
    if (unitCode.equals(approverUnit)) {
      throw new StateConflict("report-approval-order", "A unit never approves its own report");
    }
    ApprovalLevel awaited =
        awaitedLevel(route)
            .orElseThrow(
                () ->
                    switch (status) {
                      case APPROVED ->
                          new StateConflict("report-locked", "The report is approved already");
                      default ->
                          new StateConflict(
                              "report-status-transition",
                              "A " + status + " report waits for no approval");
                    });
    if (awaited != level) {
      throw new StateConflict(
          "report-approval-order",
          awaited == ApprovalLevel.COMMUNE
              ? "The report waits for its commune " + route.communeCode() + " first"
              : "The report waits for the department");
    }
  }

  private List<ReportStep> plus(ReportStep step) {
    List<ReportStep> steps = new ArrayList<>(history);
    steps.add(step);
    return steps;
  }

  private ProgressReport with(
      ReportStatus newStatus,
      ReportContent newContent,
      Instant newSubmittedAt,
      Boolean newOnTime,
      List<ReportStep> newHistory,
      long newRevision) {
    return new ProgressReport(
        id,
        formId,
        unitCode,
        period,
        dueOn,
        newStatus,
        newContent,
        newSubmittedAt,
        newOnTime,
        replacesReportId,
        newHistory,
        newRevision);
  }
}
