package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;

/**
 * One unit's share of a task: the unit that carries it out and reports on it, with its status and
 * completion. The key is (task, unit): stable, so progress reports can refer to it.
 *
 * @param dueDate the task's last day, copied here so that "my tasks" and the overdue scan read one
 *     index ({@code unit_code, status, due_date}); null for recurring tasks
 * @param updatedOn the day of the last change (Asia/Ho_Chi_Minh)
 */
public record Assignment(
    UUID taskId,
    String unitCode,
    ProgressStatus status,
    BigDecimal percentComplete,
    LocalDate dueDate,
    LocalDate updatedOn,
    long revision) {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Assignment {
    unitCode = Texts.nfc(unitCode);
    percentComplete =
        (percentComplete == null ? BigDecimal.ZERO : percentComplete)
            .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A new assignment, stored as not started even when its deadline already passed (a plan recorded
   * late): reads show it overdue at once ({@link #statusOn}), and the overdue scan stores and
   * announces the transition, so every {@code OVERDUE} event has its own transition.
   */
  public static Assignment newFor(
      UUID taskId, String unitCode, LocalDate dueDate, LocalDate today) {
    return new Assignment(
        taskId, unitCode, ProgressStatus.NOT_STARTED, BigDecimal.ZERO, dueDate, today, 1);
  }

  /**
   * The status as of {@code today}: open work past its due date is overdue even before the scan.
   */
  public ProgressStatus statusOn(LocalDate today) {
    return status.isOpen() && dueDate != null && dueDate.isBefore(today)
        ? ProgressStatus.OVERDUE
        : status;
  }

  /**
   * The unit's (or the department's) update of status and completion.
   *
   * <ul>
   *   <li>{@code COMPLETED} means 100 %, and 100 % means completed; {@code NOT_STARTED} means 0 %.
   *   <li>Without a status, a percentage above 0 means in progress.
   *   <li>{@code OVERDUE} is the system's to set; {@code CANCELLED} (and undoing it) the
   *       department's.
   *   <li>Open work past its due date stays overdue whatever the percentage: only completing it (or
   *       the department moving the deadline) ends that.
   * </ul>
   *
   * @throws RuleViolation with pointers {@code /status} or {@code /percentComplete}
   */
  public Assignment updated(
      ProgressStatus requested, BigDecimal percent, boolean byDepartment, LocalDate today) {
    if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
      throw Plan.refusal(
          "/percentComplete", "value-out-of-range", "A percentage is between 0 and 100");
    }
    if (requested == ProgressStatus.OVERDUE) {
      throw Plan.refusal(
          "/status", "system-status", "OVERDUE is set by the system when a deadline passes");
    }
    if ((requested == ProgressStatus.CANCELLED || status == ProgressStatus.CANCELLED)
        && !byDepartment) {
      throw Plan.refusal(
          "/status", "department-only", "Only the department cancels or reinstates an assignment");
    }
    ProgressStatus nextStatus;
    BigDecimal nextPercent = percent == null ? percentComplete : percent;
    if (requested == null) {
      if (status == ProgressStatus.CANCELLED) {
        nextStatus = ProgressStatus.CANCELLED;
      } else if (nextPercent.compareTo(HUNDRED) == 0) {
        nextStatus = ProgressStatus.COMPLETED;
      } else if (nextPercent.signum() > 0) {
        nextStatus = ProgressStatus.IN_PROGRESS;
      } else {
        nextStatus = status == ProgressStatus.COMPLETED ? ProgressStatus.IN_PROGRESS : status;
      }
    } else {
      nextStatus = requested;
      switch (requested) {
        case COMPLETED -> {
          if (percent != null && percent.compareTo(HUNDRED) != 0) {
            throw mismatch();
          }
          nextPercent = HUNDRED;
        }
        case NOT_STARTED -> {
          if (percent != null && percent.signum() != 0) {
            throw mismatch();
          }
          nextPercent = BigDecimal.ZERO;
        }
        case IN_PROGRESS -> {
          if (nextPercent.compareTo(HUNDRED) == 0) {
            throw mismatch();
          }
        }
        default -> {}
      }
    }
    if (nextStatus == ProgressStatus.OVERDUE) {
      // Reopened overdue work keeps its percentage and becomes open again before the date check.
      nextStatus =
          nextPercent.signum() > 0 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
    }
    Assignment next =
        new Assignment(taskId, unitCode, nextStatus, nextPercent, dueDate, today, revision + 1);
    return next.withStatusAsOf(today);
  }

  /** The same assignment with its status brought to {@code today} (overdue when late). */
  public Assignment withStatusAsOf(LocalDate today) {
    ProgressStatus effective = statusOn(today);
    if (effective == ProgressStatus.OVERDUE && status != ProgressStatus.OVERDUE) {
      return new Assignment(taskId, unitCode, effective, percentComplete, dueDate, today, revision);
    }
    if (status == ProgressStatus.OVERDUE && (dueDate == null || !dueDate.isBefore(today))) {
      // The deadline moved: overdue work is open again.
      ProgressStatus open =
          percentComplete.signum() > 0 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
      return new Assignment(taskId, unitCode, open, percentComplete, dueDate, today, revision);
    }
    return this;
  }

  /** The same assignment under a new due date (the task's deadline changed). */
  public Assignment dueOn(LocalDate newDueDate, LocalDate today) {
    return new Assignment(
            taskId, unitCode, status, percentComplete, newDueDate, updatedOn, revision + 1)
        .withStatusAsOf(today);
  }

  /** Whether work has begun: some completion, or in progress or completed. */
  public boolean started() {
    return percentComplete.signum() > 0
        || status == ProgressStatus.IN_PROGRESS
        || status == ProgressStatus.COMPLETED;
  }

  /** Whether this differs from {@code other} in what a unit reports (status or percentage). */
  public boolean sameProgressAs(Assignment other) {
    return status == other.status && percentComplete.compareTo(other.percentComplete) == 0;
  }

  private static RuleViolation mismatch() {
    return Plan.refusal(
        "/percentComplete",
        "status-percent-mismatch",
        "COMPLETED is 100 %, NOT_STARTED is 0 %, IN_PROGRESS is below 100 %");
  }
}
