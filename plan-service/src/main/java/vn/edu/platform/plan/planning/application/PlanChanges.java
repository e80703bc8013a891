package vn.edu.platform.plan.planning.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.plan.planning.application.port.out.PlanEventPublisher;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;
import vn.edu.platform.plan.planning.domain.Changes;
import vn.edu.platform.plan.planning.domain.PlanEvent;

/**
 * The one place where the events the aggregates raise become what they stand for: an audit entry
 * (who changed what, why), a public event through the outbox, and the read models brought up to
 * date. Called after the change is stored, in its transaction.
 */
@Component
class PlanChanges {

  // Subject types of the audit trail: the trail is read by type, so these names stay stable.
  private static final String PLAN = "plan";
  private static final String TASK = "plan-task";
  private static final String ASSIGNMENT = "plan-task-assignment";

  private final AuditLog audit;
  private final PlanEventPublisher events;
  private final PlanProjections projections;

  PlanChanges(AuditLog audit, PlanEventPublisher events, PlanProjections projections) {
    this.audit = audit;
    this.events = events;
    this.projections = projections;
  }

  /** The events of a stored transition; returns its state for the caller to go on with. */
  <T> T record(Changes<T> changes) {
    record(changes.events());
    return changes.state();
  }

  void record(List<PlanEvent> raised) {
    Set<UUID> plans = new LinkedHashSet<>();
    Set<UUID> tasks = new LinkedHashSet<>();
    Set<List<Object>> assignments = new LinkedHashSet<>();
    for (PlanEvent event : raised) {
      audit(event);
      events.publish(event);
      switch (event) {
        case PlanEvent.PlanStatusChanged e -> plans.add(e.planId());
        case PlanEvent.TaskRecorded e -> tasks.add(e.task().id());
        case PlanEvent.TaskEdited e -> tasks.add(e.task().id());
        case PlanEvent.UnitsAssigned e -> tasks.add(e.task().id());
        case PlanEvent.TaskStatusChanged e -> tasks.add(e.task().id());
        case PlanEvent.ProgressRecorded e ->
            assignments.add(List.of(e.after().taskId(), e.after().unitCode()));
        case PlanEvent.AssignmentStatusChanged e ->
            assignments.add(List.of(e.taskId(), e.unitCode()));
        default -> {}
      }
    }
    for (UUID plan : plans) {
      projections.refreshPlanWork(plan);
    }
    for (UUID task : tasks) {
      projections.refreshTaskWork(task);
    }
    for (List<Object> key : assignments) {
      if (!tasks.contains((UUID) key.get(0))) {
        projections.refreshAssignmentWork((UUID) key.get(0), (String) key.get(1));
      }
    }
  }

  private void audit(PlanEvent event) {
    switch (event) {
      case PlanEvent.PlanRecorded e ->
          audit.created(
              PLAN,
              e.plan().id().toString(),
              e.plan().issuingUnitCode(),
              "record plan " + e.plan().number() + " with " + e.taskCount() + " tasks");
      case PlanEvent.PlanEdited e ->
          audit.updated(PLAN, e.plan().id().toString(), e.plan().issuingUnitCode(), "update plan");
      case PlanEvent.PlanStatusChanged e ->
          audit.updated(PLAN, e.plan().id().toString(), e.plan().issuingUnitCode(), e.why());
      case PlanEvent.TargetAdded e ->
          audit.updated(
              PLAN,
              e.plan().id().toString(),
              e.plan().issuingUnitCode(),
              "add target " + e.target().id() + " to plan " + e.plan().number());
      case PlanEvent.TaskRecorded e ->
          audit.created(TASK, e.task().id().toString(), e.task().leadUnitCode(), e.why());
      case PlanEvent.TaskEdited e ->
          audit.updated(TASK, e.task().id().toString(), e.task().leadUnitCode(), e.why());
      case PlanEvent.UnitsAssigned e ->
          audit.updated(
              TASK,
              e.task().id().toString(),
              e.task().leadUnitCode(),
              "assign task " + e.task().number() + " to " + e.unitCodes().size() + " more units");
      case PlanEvent.TaskStatusChanged e when e.derived() ->
          audit.updated(
              TASK,
              e.task().id().toString(),
              e.task().leadUnitCode(),
              "task " + e.task().number() + " " + e.from() + " → " + e.task().status());
      case PlanEvent.ProgressRecorded e ->
          audit.updated(
              ASSIGNMENT,
              e.task().id() + "/" + e.after().unitCode(),
              e.after().unitCode(),
              "progress of task "
                  + e.task().number()
                  + ": "
                  + e.after().status()
                  + " "
                  + e.after().percentComplete().toPlainString()
                  + " %");
      case PlanEvent.AssignmentsWentOverdue e ->
          audit.updated(
              TASK,
              e.taskId().toString(),
              e.unitCode(),
              "overdue detection on " + e.on() + ": " + e.count() + " assignments overdue");
      case PlanEvent.PlanIssued e -> {}
      case PlanEvent.TaskAssigned e -> {}
      case PlanEvent.TaskStatusChanged e -> {}
      case PlanEvent.AssignmentStatusChanged e -> {}
    }
  }
}
