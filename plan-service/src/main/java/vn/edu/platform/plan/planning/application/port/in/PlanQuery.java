package vn.edu.platform.plan.planning.application.port.in;

import java.util.UUID;

/** Reading plans and tasks as a viewer may see them, progress as of today. */
public interface PlanQuery {

  PlanViews.Slice<PlanViews.PlanSummary> list(Viewer viewer, PlanFilters.PlanFilter filter);

  /**
   * @throws vn.edu.platform.kernel.NotFound also when the viewer may not see the plan
   */
  PlanViews.PlanDetail get(Viewer viewer, UUID planId);

  /**
   * @throws vn.edu.platform.kernel.NotFound also when the viewer may not see the task
   */
  PlanViews.TaskDetail task(Viewer viewer, UUID taskId);
}
