package vn.edu.platform.plan.report.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.AssignmentView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.PlanView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.Stage;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetLevel;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TaskView;
import vn.edu.platform.plan.report.application.port.in.ManageReportFormsUseCase;
import vn.edu.platform.plan.report.application.port.in.ReportCommands;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.application.port.out.ReportStore;
import vn.edu.platform.plan.report.domain.ReportForm;

/**
 * Defines report forms. A form's periods lie within its plan (the first does not end before the
 * plan starts, the last does not start after its last phase); a closed plan gets no new form; the
 * form must have someone to report in its first or last period.
 */
@Service
class ReportFormService implements ManageReportFormsUseCase {

  // The audit trail is read by subject type, so the name stays stable.
  private static final String FORM = "plan-report-form";

  private static final int MAX_DEFAULT_TITLE = 300;

  private final ReportStore store;
  private final PublishedPlans plans;
  private final ReportingUnits units;
  private final AuditLog audit;

  ReportFormService(ReportStore store, PublishedPlans plans, ReportingUnits units, AuditLog audit) {
    this.store = store;
    this.plans = plans;
    this.units = units;
    this.audit = audit;
  }

  @Override
  @Transactional
  public ReportViews.FormView create(ReportCommands.CreateForm c) {
    PlanView plan =
        plans
            .plan(c.planId())
            .orElseThrow(
                () -> ReportForm.refusal("/planId", "unknown-plan", "No plan has this id"));
    if (plan.stage() == Stage.CLOSED) {
      throw new StateConflict(
          "plan-closed", "Plan " + plan.number() + " is closed: reopen it to add a form");
    }
    List<Violation> violations = new ArrayList<>();
    TaskView task = null;
    TargetView target = null;
    List<AssignmentView> assignments = List.of();
    if ((c.taskId() == null) == (c.targetId() == null)) {
      violations.add(
          Violation.withMessage(
              "/taskId", "one-subject", "A form is on a task or on a target: give exactly one"));
    } else if (c.taskId() != null) {
      task = plans.task(c.taskId()).filter(t -> t.planId().equals(plan.id())).orElse(null);
      if (task == null) {
        violations.add(
            Violation.withMessage("/taskId", "unknown-task", "The task is not one of this plan"));
      } else if (task.cancelled()) {
        violations.add(Violation.withMessage("/taskId", "task-cancelled", "The task is cancelled"));
      } else {
        assignments = plans.assignments(task.id());
      }
    } else {
      target = plan.target(c.targetId()).orElse(null);
      if (target == null) {
        violations.add(
            Violation.withMessage(
                "/targetId", "unknown-target", "The target is not one of this plan"));
      } else if (!target.reportedByUnits()) {
        violations.add(
            Violation.withMessage(
                "/targetId",
                "computed-target",
                "The platform computes this target's value: units do not report it"));
      } else if (target.level() == TargetLevel.PROVINCE
          && target.unitCodes().isEmpty()
          && c.unitCodes().isEmpty()) {
        violations.add(
            Violation.withMessage(
                "/unitCodes",
                "reporting-units-required",
                "A province-wide target names the units that report its value"));
      }
    }
    for (int i = 0; i < c.unitCodes().size(); i++) {
      String code = c.unitCodes().get(i);
      var unit = code == null ? null : units.find(code.strip()).orElse(null);
      if (unit == null) {
        violations.add(
            Violation.withMessage("/unitCodes/" + i, "unknown-unit", "No unit has code " + code));
      } else if (unit.is(Kind.DEPARTMENT)) {
        violations.add(
            Violation.withMessage(
                "/unitCodes/" + i,
                "department-unit",
                "The department consolidates the reports; it does not report to itself"));
      }
    }
    ReportForm form = null;
    try {
      form =
          ReportForm.define(
              UUID.randomUUID(),
              plan.id(),
              c.taskId(),
              c.targetId(),
              c.title() != null && !c.title().isBlank() ? c.title() : defaultTitle(task, target),
              c.periodType(),
              c.dueRule(),
              c.firstPeriod(),
              c.lastPeriod(),
              c.valuesRequired() == null || c.valuesRequired(),
              c.unitCodes().stream().map(String::strip).toList(),
              plan.runsFrom(),
              plan.runsTo());
    } catch (RuleViolation e) {
      violations.addAll(e.violations());
    } catch (IllegalArgumentException e) {
      // no subject: already reported above
    }
    RuleViolation.throwIfAny(ReportForm.RULES, violations);
    FormContext context = new FormContext(form, plan, task, target, assignments);
    if (units.expected(context, form.firstPeriod()).isEmpty()
        && units.expected(context, form.lastPeriod()).isEmpty()) {
      throw ReportForm.refusal(
          "/unitCodes",
          "no-reporting-units",
          "Nobody reports on this form: the task or target has no unit but the department;"
              + " name the reporting units");
    }
    store
        .findForm(form.subjectId(), form.periodType())
        .ifPresent(
            existing -> {
              throw new AlreadyExists("report-form-exists", existing);
            });
    if (!store.insertForm(form)) {
      throw new AlreadyExists(
          "report-form-exists",
          String.valueOf(store.findForm(form.subjectId(), form.periodType()).orElse(null)));
    }
    audit.created(
        FORM,
        form.id().toString(),
        plan.issuingUnitCode(),
        "define "
            + form.periodType()
            + " report form on "
            + (form.onTask() ? "task " + task.number() : "target " + target.id())
            + " of plan "
            + plan.number()
            + ", periods "
            + form.firstPeriod().code()
            + " to "
            + form.lastPeriod().code()
            + ", due "
            + form.dueRule().label());
    return context.view();
  }

  private static String defaultTitle(TaskView task, TargetView target) {
    String title =
        task != null
            ? "Nhiệm vụ " + task.number() + ": " + task.content()
            : target != null ? target.indicator() : null;
    if (title != null && title.length() > MAX_DEFAULT_TITLE) {
      title = title.substring(0, MAX_DEFAULT_TITLE - 1) + "…";
    }
    return title;
  }
}
