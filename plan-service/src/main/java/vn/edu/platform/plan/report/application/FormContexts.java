package vn.edu.platform.plan.report.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.PlanView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TaskView;
import vn.edu.platform.plan.report.application.port.out.ReportStore;
import vn.edu.platform.plan.report.domain.ReportForm;

/** Loads a form's context through the plans' published views. */
@Component
class FormContexts {

  private final ReportStore store;
  private final PublishedPlans plans;

  FormContexts(ReportStore store, PublishedPlans plans) {
    this.store = store;
    this.plans = plans;
  }

  FormContext load(UUID formId) {
    return of(
        store.findForm(formId).orElseThrow(() -> new NotFound("report-form-not-found", formId)));
  }

  FormContext of(ReportForm form) {
    return of(
        form,
        plans
            .plan(form.planId())
            .orElseThrow(() -> new IllegalStateException("form without plan " + form.id())));
  }

  /** The context of a form whose plan the caller read already. */
  FormContext of(ReportForm form, PlanView plan) {
    if (form.onTask()) {
      TaskView task =
          plans
              .task(form.taskId())
              .orElseThrow(() -> new IllegalStateException("form without task " + form.id()));
      return new FormContext(form, plan, task, null, plans.assignments(task.id()));
    }
    TargetView target =
        plan.target(form.targetId())
            .orElseThrow(() -> new IllegalStateException("form without target " + form.id()));
    return new FormContext(form, plan, null, target, List.of());
  }
}
