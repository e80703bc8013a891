package vn.edu.platform.plan.report.application;

import java.util.List;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.AssignmentView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.PlanView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TaskView;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.plan.report.domain.ValueRange;

/**
 * A form with what it is about, read once per request: its plan, its task and the task's
 * assignments, or its target.
 */
record FormContext(
    ReportForm form,
    PlanView plan,
    TaskView task,
    TargetView target,
    List<AssignmentView> assignments) {

  FormContext {
    assignments = List.copyOf(assignments);
  }

  /** The target's range and unit; null for a task form. */
  ValueRange range() {
    return target == null
        ? null
        : new ValueRange(target.minValue(), target.maxValue(), target.unitOfMeasure());
  }

  ReportViews.FormView view() {
    return new ReportViews.FormView(form, plan.number(), range());
  }
}
