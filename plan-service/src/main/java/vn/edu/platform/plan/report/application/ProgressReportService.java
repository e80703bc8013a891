package vn.edu.platform.plan.report.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.AssignmentView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.PlanView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.Stage;
import vn.edu.platform.plan.planning.application.port.in.RecordProgressUseCase;
import vn.edu.platform.plan.report.application.port.in.ReportCommands;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.application.port.in.ReviewReportUseCase;
import vn.edu.platform.plan.report.application.port.in.SubmitReportUseCase;
import vn.edu.platform.plan.report.application.port.out.ReportEventPublisher;
import vn.edu.platform.plan.report.application.port.out.ReportStore;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ApprovalRoute;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportContent;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.plan.report.domain.ReportStatus;
import vn.edu.platform.plan.report.domain.ReportingPeriod;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Saving, submitting, approving, rejecting and reopening reports.
 *
 * <p>Each command locks the report it changes (a unit's report of a period, or the report by id),
 * so two approvers or two tabs of one unit queue up; reports only change on issued plans.
 *
 * <p><b>Reports and assignments.</b> The approved reports are the record of a task's progress
 * period by period; the assignment's percentage (the unit's live status) follows them: when the
 * department approves a task report, the unit's assignment gets the report's completion through the
 * plans' own {@code RecordProgressUseCase} (audited, {@code TaskStatusChanged} announced), unless a
 * later period of the unit was approved already, the assignment is cancelled or the unit has none
 * (a successor of a merged unit). Drafts and submissions do not touch the assignment: until
 * approved, a report is the unit's claim, not the plan's data.
 */
@Service
class ProgressReportService implements SubmitReportUseCase, ReviewReportUseCase {

  // The audit trail is read by subject type, so the name stays stable.
  private static final String REPORT = "plan-progress-report";

  private final ReportStore store;
  private final FormContexts contexts;
  private final ReportingUnits units;
  private final ReportEventPublisher events;
  private final AuditLog audit;
  private final RecordProgressUseCase progress;
  private final Clock clock;

  ProgressReportService(
      ReportStore store,
      FormContexts contexts,
      ReportingUnits units,
      ReportEventPublisher events,
      AuditLog audit,
      RecordProgressUseCase progress,
      Clock clock) {
    this.store = store;
    this.contexts = contexts;
    this.units = units;
    this.events = events;
    this.audit = audit;
    this.progress = progress;
    this.clock = clock;
  }

  // --- the reporting unit ---------------------------------------------------------------------

  @Override
  @Transactional
  public Saved save(ReportCommands.SaveReport c) {
    FormContext context = contexts.load(c.formId());
    requireActive(context.plan());
    ReportingPeriod period = reportingPeriod(context, c.periodCode(), c.unitCode());
    RuleViolation.throwIfAny(ReportForm.RULES, c.content().check(context.form(), context.range()));
    Optional<ProgressReport> current =
        store.lockCurrent(context.form().id(), c.unitCode(), period.code());
    if (current.isEmpty()) {
      ProgressReport draft =
          ProgressReport.draft(
              UUID.randomUUID(),
              context.form().id(),
              c.unitCode(),
              period,
              context.form().dueOn(period),
              c.content());
      if (store.insert(draft)) {
        audit.created(
            REPORT,
            draft.id().toString(),
            draft.unitCode(),
            "save draft report " + period.code() + " on form " + context.form().id());
        return new Saved(draft, true);
      }
      // Another request of the unit created it meanwhile: edit that one.
      current = store.lockCurrent(context.form().id(), c.unitCode(), period.code());
    }
    ProgressReport report = current.orElseThrow();
    c.expectedRevision().verify("report " + report.id(), report.revision());
    ProgressReport edited = report.edited(c.content());
    store.update(edited);
    audit.updated(
        REPORT,
        edited.id().toString(),
        edited.unitCode(),
        "save draft report " + period.code() + " on form " + context.form().id());
    return new Saved(edited, false);
  }

  @Override
  @Transactional
  public ProgressReport submit(ReportCommands.SubmitReport c) {
    FormContext context = contexts.load(c.formId());
    requireActive(context.plan());
    ReportingPeriod period = reportingPeriod(context, c.periodCode(), c.unitCode());
    Optional<ProgressReport> current =
        store.lockCurrent(context.form().id(), c.unitCode(), period.code());
    ProgressReport report =
        current.orElseGet(
            () ->
                ProgressReport.draft(
                    UUID.randomUUID(),
                    context.form().id(),
                    c.unitCode(),
                    period,
                    context.form().dueOn(period),
                    ReportContent.EMPTY));
    if (c.content() != null) {
      report = report.edited(c.content());
    }
    report.requireEditable();
    List<Violation> violations =
        new ArrayList<>(report.content().check(context.form(), context.range()));
    violations.addAll(report.content().checkComplete(context.form()));
    RuleViolation.throwIfAny(ReportForm.RULES, violations);
    Instant now = now();
    ProgressReport submitted =
        report.submitted(now, LocalDate.ofInstant(now, PlatformTime.VIETNAM));
    if (current.isPresent()) {
      store.update(submitted);
    } else if (!store.insert(submitted)) {
      throw new StateConflict(
          "report-status-transition", "The report changed meanwhile: read it again");
    }
    audit.updated(
        REPORT,
        submitted.id().toString(),
        submitted.unitCode(),
        "submit report "
            + period.code()
            + " on form "
            + context.form().id()
            + (Boolean.TRUE.equals(submitted.onTime()) ? " (on time)" : " (late)"));
    events.submitted(context.form(), submitted);
    return submitted;
  }

  // --- approvers ------------------------------------------------------------------------------

  @Override
  @Transactional
  public ProgressReport approve(ReportCommands.ApproveReport c) {
    Reviewed reviewed = review(c.reportId());
    ProgressReport report = reviewed.report();
    FormContext context = reviewed.context();
    ApprovalRoute route = routeFor(report, c.approver());
    Instant now = now();
    ProgressReport approved =
        report.approved(c.approver().level(), route, c.approver().unitCode(), c.comment(), now);
    store.update(approved);
    audit.updated(
        REPORT,
        approved.id().toString(),
        approved.unitCode(),
        step("approve", approved, c.approver()));
    events.approved(approved, c.approver().level(), c.approver().unitCode(), now);
    if (approved.status() == ReportStatus.APPROVED) {
      onFinalApproval(context, approved);
    }
    return approved;
  }

  @Override
  @Transactional
  public ReportViews.Rejection reject(ReportCommands.RejectReport c) {
    Reviewed reviewed = review(c.reportId());
    ProgressReport report = reviewed.report();
    FormContext context = reviewed.context();
    ApprovalRoute route = routeFor(report, c.approver());
    Instant now = now();
    ProgressReport rejected =
        report.rejected(c.approver().level(), route, c.approver().unitCode(), c.reason(), now);
    store.update(rejected);
    ProgressReport draft = rejected.redraft(UUID.randomUUID());
    store.insert(draft);
    audit.updated(
        REPORT,
        rejected.id().toString(),
        rejected.unitCode(),
        step("reject", rejected, c.approver()) + ": " + rejected.history().getLast().reason());
    audit.created(
        REPORT,
        draft.id().toString(),
        draft.unitCode(),
        "new draft of rejected report " + rejected.id());
    events.rejected(
        context.form(), rejected, draft, c.approver().level(), c.approver().unitCode(), now);
    return new ReportViews.Rejection(
        new ReportViews.ReportView(rejected, context.form(), null, null),
        new ReportViews.ReportView(draft, context.form(), null, null));
  }

  @Override
  @Transactional
  public ProgressReport reopen(ReportCommands.ReopenReport c) {
    Reviewed reviewed = review(c.reportId());
    ProgressReport report = reviewed.report();
    FormContext context = reviewed.context();
    Instant now = now();
    ProgressReport reopened = report.reopened(c.decision(), c.departmentUnitCode(), now);
    store.update(reopened);
    audit.updated(
        REPORT,
        reopened.id().toString(),
        reopened.unitCode(),
        "reopen approved report "
            + reopened.period().code()
            + " by decision "
            + c.decision().number()
            + (c.decision().date() == null ? "" : " of " + c.decision().date())
            + ": "
            + c.decision().reason());
    events.reopened(context.form(), reopened, c.decision(), c.departmentUnitCode(), now);
    return reopened;
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A report under review, locked, with its form. */
  private record Reviewed(ProgressReport report, FormContext context) {}

  /** Locks the report and loads its form; refused while the form's plan is not active. */
  private Reviewed review(UUID reportId) {
    ProgressReport report = lock(reportId);
    FormContext context = contexts.load(report.formId());
    requireActive(context.plan());
    return new Reviewed(report, context);
  }

  /** The audit trail's words for an approver's step, e.g. "approve report 2026 at level …". */
  private static String step(String verb, ProgressReport report, ReportCommands.Approver by) {
    return verb
        + " report "
        + report.period().code()
        + " at level "
        + by.level()
        + " by "
        + by.unitCode();
  }

  /**
   * The department's approval makes the data the plan's: a target's value is announced, a task's
   * completion recorded on the unit's assignment (see the class comment).
   */
  private void onFinalApproval(FormContext context, ProgressReport report) {
    if (!context.form().onTask()) {
      BigDecimal value = report.content().value();
      if (value != null) {
        events.targetValueReported(context.form(), report, value, context.target().unitOfMeasure());
      }
      return;
    }
    BigDecimal percent = report.content().percentComplete();
    if (percent == null || context.task().cancelled()) {
      return;
    }
    Optional<AssignmentView> assignment =
        context.assignments().stream()
            .filter(a -> a.unitCode().equals(report.unitCode()))
            .filter(a -> !a.cancelled())
            .findFirst();
    if (assignment.isEmpty()
        || store.approvedAfter(context.form().id(), report.unitCode(), report.period().start())) {
      return;
    }
    progress.updateAssignment(
        new PlanCommands.UpdateAssignment(
            context.task().id(), report.unitCode(), null, percent, ExpectedRevision.any(), false));
  }

  /**
   * The approver's route: a commune officer acts only on the schools its commune holds today.
   *
   * @throws vn.edu.platform.kernel.AccessDenied otherwise
   */
  private ApprovalRoute routeFor(ProgressReport report, ReportCommands.Approver approver) {
    ApprovalRoute route = units.routeOf(report.unitCode(), today());
    if (approver.level() == ApprovalLevel.COMMUNE
        && !approver.unitCode().equals(route.communeCode())) {
      throw new AccessDenied(report.unitCode());
    }
    return route;
  }

  /**
   * The period of a unit's report: an existing, begun period of the form for which the unit is
   * expected to report. The caller reads the form (the web adapter refused it otherwise, as the
   * form's GET does), so the form's rules are no secret to it.
   */
  private ReportingPeriod reportingPeriod(FormContext context, String code, String unitCode) {
    ReportingPeriod period = context.form().openPeriod(code, today());
    if (!units.expected(context, period).contains(unitCode)) {
      throw ReportForm.refusal(
          "unitCode",
          "not-a-reporting-unit",
          "Unit " + unitCode + " does not report on this form for " + period.code());
    }
    return period;
  }

  private ProgressReport lock(UUID reportId) {
    return store.lock(reportId).orElseThrow(() -> new NotFound("report-not-found", reportId));
  }

  private static void requireActive(PlanView plan) {
    if (plan.stage() == Stage.CLOSED) {
      throw new StateConflict(
          "plan-closed", "Plan " + plan.number() + " is closed: its reports are frozen");
    }
    if (plan.stage() != Stage.ACTIVE) {
      throw new StateConflict(
          "plan-not-issued", "Plan " + plan.number() + " is not issued: nobody reports on it yet");
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate today() {
    return PlatformTime.today(clock);
  }
}
