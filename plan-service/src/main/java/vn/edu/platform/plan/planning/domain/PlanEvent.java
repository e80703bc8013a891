package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a plan, its tasks or their assignments, as the aggregates raise it. The
 * application turns each event into the public events and the audit entry it stands for, in one
 * place, and keeps the read models in step with it.
 */
public sealed interface PlanEvent {

  /** The plan whose change this is. */
  UUID planId();

  /** A plan document was recorded with its tasks. */
  record PlanRecorded(Plan plan, int taskCount) implements PlanEvent {
    @Override
    public UUID planId() {
      return plan.id();
    }
  }

  /** The plan's header (number, date, title, legal bases, phases...) was edited. */
  record PlanEdited(Plan plan) implements PlanEvent {
    @Override
    public UUID planId() {
      return plan.id();
    }
  }

  /** The plan was issued: its tasks are announced next. */
  record PlanIssued(Plan plan) implements PlanEvent {
    @Override
    public UUID planId() {
      return plan.id();
    }
  }

  /**
   * The plan moved from {@code from} to its current status.
   *
   * @param why the reason as the audit trail records it
   */
  record PlanStatusChanged(Plan plan, PlanStatus from, LocalDate on, String why)
      implements PlanEvent {
    @Override
    public UUID planId() {
      return plan.id();
    }
  }

  /** A target was added to a plan already recorded. */
  record TargetAdded(Plan plan, Target target) implements PlanEvent {
    @Override
    public UUID planId() {
      return plan.id();
    }
  }

  /**
   * A task was added to a plan.
   *
   * @param why the reason as the audit trail records it
   */
  record TaskRecorded(Task task, String why) implements PlanEvent {
    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /**
   * A task was edited, moved, cancelled or reinstated by the department.
   *
   * @param why the reason as the audit trail records it
   */
  record TaskEdited(Task task, String why) implements PlanEvent {
    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /** The task's units, deadline or parent as its assigned units must know them. */
  record TaskAssigned(Task task, List<String> assignedUnitCodes) implements PlanEvent {
    public TaskAssigned {
      assignedUnitCodes = List.copyOf(assignedUnitCodes);
    }

    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /** More units were assigned a task. */
  record UnitsAssigned(Task task, List<String> unitCodes) implements PlanEvent {
    public UnitsAssigned {
      unitCodes = List.copyOf(unitCodes);
    }

    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /**
   * The status of a task as a whole changed: derived from its assignments, or set by the department
   * (cancelled).
   *
   * @param derived whether the roll-up derived it (audited on its own), rather than the
   *     department's edit (audited with the edit)
   */
  record TaskStatusChanged(
      Task task, ProgressStatus from, BigDecimal percentComplete, LocalDate on, boolean derived)
      implements PlanEvent {
    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /** A unit (or the department for it) recorded the status and completion of its assignment. */
  record ProgressRecorded(Task task, Assignment before, Assignment after, LocalDate on)
      implements PlanEvent {
    @Override
    public UUID planId() {
      return task.planId();
    }
  }

  /**
   * An assignment's status moved without a report: its due date moved with the task's deadline, or
   * it passed its due date unfinished.
   */
  record AssignmentStatusChanged(
      UUID taskId,
      UUID planId,
      String unitCode,
      ProgressStatus from,
      ProgressStatus to,
      BigDecimal percentComplete,
      LocalDate on)
      implements PlanEvent {}

  /** The overdue scan found {@code count} assignments of a task past their due date. */
  record AssignmentsWentOverdue(UUID taskId, UUID planId, String unitCode, int count, LocalDate on)
      implements PlanEvent {}
}
