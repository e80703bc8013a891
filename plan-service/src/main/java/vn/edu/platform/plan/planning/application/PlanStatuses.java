package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Changes;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.ProgressRollUp;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.TaskNode;

/**
 * Brings a running plan's stored statuses to a day after any change of it: open assignments past
 * their due date become overdue, then task statuses are derived again from the assignments; each
 * transition is announced and audited exactly once, because it is stored.
 */
@Component
class PlanStatuses {

  private final TaskRepository tasks;
  private final AssignmentRepository assignments;
  private final PlanChanges changes;

  PlanStatuses(TaskRepository tasks, AssignmentRepository assignments, PlanChanges changes) {
    this.tasks = tasks;
    this.assignments = assignments;
    this.changes = changes;
  }

  /** What a refresh changed. */
  record Refreshed(int assignments, int tasks) {
    static final Refreshed NOTHING = new Refreshed(0, 0);
  }

  Refreshed refresh(Plan plan, LocalDate today) {
    List<AssignmentRepository.OverdueTransition> overdue =
        assignments.markOverdue(plan.id(), today);
    List<PlanEvent> events = new ArrayList<>();
    Map<UUID, Integer> perTask = new LinkedHashMap<>();
    for (AssignmentRepository.OverdueTransition t : overdue) {
      events.add(
          new PlanEvent.AssignmentStatusChanged(
              t.taskId(),
              plan.id(),
              t.unitCode(),
              t.fromStatus(),
              ProgressStatus.OVERDUE,
              t.percent(),
              today));
      perTask.merge(t.taskId(), 1, Integer::sum);
    }
    perTask.forEach(
        (taskId, count) ->
            events.add(
                new PlanEvent.AssignmentsWentOverdue(
                    taskId, plan.id(), plan.issuingUnitCode(), count, today)));
    changes.record(events);
    return new Refreshed(overdue.size(), deriveTaskStatuses(plan, today));
  }

  /**
   * Derives every task's status from its assignments as of {@code today} and stores the ones that
   * changed.
   *
   * @return the number of tasks that changed
   */
  int deriveTaskStatuses(Plan plan, LocalDate today) {
    List<Task> planTasks = tasks.ofPlan(plan.id());
    Map<UUID, AssignmentSummary> summaries = assignments.summaries(List.of(plan.id()), today);
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            planTasks.stream()
                .map(t -> TaskNode.of(t, summaries.getOrDefault(t.id(), AssignmentSummary.NONE)))
                .toList(),
            today);
    int changed = 0;
    for (Task task : planTasks) {
      Changes<Task> derived =
          task.derive(rollUp.statusOf(task.id()), rollUp.percentOf(task.id()), today);
      if (!derived.events().isEmpty()) {
        tasks.update(derived.state());
        changes.record(derived);
        changed++;
      }
    }
    return changed;
  }
}
