package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.RecordProgressUseCase;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Changes;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * A unit's report on its assignment. The plan is locked first (the task statuses derived from all
 * its assignments change with it), then the assignment; the first progress puts an issued plan in
 * progress.
 */
@Service
class RecordProgressService implements RecordProgressUseCase {

  private final PlanRepository plans;
  private final TaskRepository tasks;
  private final AssignmentRepository assignments;
  private final PlanChanges changes;
  private final PlanStatuses statuses;
  private final PlanUnits units;

  RecordProgressService(
      PlanRepository plans,
      TaskRepository tasks,
      AssignmentRepository assignments,
      PlanChanges changes,
      PlanStatuses statuses,
      PlanUnits units) {
    this.plans = plans;
    this.tasks = tasks;
    this.assignments = assignments;
    this.changes = changes;
    this.statuses = statuses;
    this.units = units;
  }

  @Override
  @Transactional
  public Assignment updateAssignment(PlanCommands.UpdateAssignment c) {
    Task task =
        tasks.find(c.taskId()).orElseThrow(() -> new NotFound("task-not-found", c.taskId()));
    Plan plan =
        plans
            .lock(task.planId())
            .orElseThrow(() -> new NotFound("plan-not-found", task.planId()))
            .requireActive();
    task.requireNotCancelled();
    Assignment current =
        assignments
            .lock(task.id(), c.unitCode())
            .orElseThrow(
                () -> new NotFound("assignment-not-found", task.id() + "/" + c.unitCode()));
    c.expectedRevision().verify("assignment " + task.id() + "/" + c.unitCode(), current.revision());
    LocalDate today = units.today();
    Changes<Assignment> recorded =
        task.recordProgress(current, c.status(), c.percentComplete(), c.byDepartment(), today);
    if (recorded.events().isEmpty()) {
      return current;
    }
    Assignment updated = recorded.state();
    assignments.update(updated);
    changes.record(recorded);
    if (updated.started()) {
      Changes<Plan> started = plan.progressRecorded(today);
      if (!started.events().isEmpty()) {
        plans.update(started.state());
        plan = changes.record(started);
      }
    }
    statuses.deriveTaskStatuses(plan, today);
    return updated;
  }
}
