package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * A task of a plan (nhiệm vụ), as in the plan's appendix.
 *
 * @param parentTaskId the task this one details, or null for a top-level task
 * @param number its number in the appendix, e.g. {@code 2} or {@code 2.3}; unique in the plan
 * @param ordinal its position in the plan, for display and export
 * @param leadUnitCode the unit in charge (đơn vị chủ trì)
 * @param coordinatingUnitCodes the units that support it (đơn vị phối hợp), never the lead
 * @param approvingAuthority who signs the task's product (thẩm quyền ban hành), if it has one
 * @param responsibilities what each level does (Sở, UBND cấp xã, cơ sở giáo dục)
 * @param weight its share in its parent's (or the plan's) progress; positive, 1 by default
 * @param status the task's status as last derived ({@link ProgressRollUp}), stored so that a change
 *     of it is announced exactly once; {@link ProgressStatus#CANCELLED} is set by the department
 *     and sticks
 * @param revision increases with every change of the task; send it back in {@code If-Match}
 */
public record Task(
    UUID id,
    UUID planId,
    UUID parentTaskId,
    String number,
    int ordinal,
    String content,
    String leadUnitCode,
    List<String> coordinatingUnitCodes,
    Deadline deadline,
    Authority approvingAuthority,
    Map<ResponsibilityLevel, String> responsibilities,
    BigDecimal weight,
    ProgressStatus status,
    long revision) {

  public Task {
    number = Texts.nfc(number);
    content = Texts.nfc(content);
    leadUnitCode = Texts.nfc(leadUnitCode);
    coordinatingUnitCodes = Texts.codes(coordinatingUnitCodes);
    Map<ResponsibilityLevel, String> copy = new EnumMap<>(ResponsibilityLevel.class);
    if (responsibilities != null) {
      responsibilities.forEach(
          (level, text) -> {
            String normalised = Texts.nfc(text);
            if (level != null && normalised != null) {
              copy.put(level, normalised);
            }
          });
    }
    responsibilities = Map.copyOf(copy);
    weight = weight == null ? BigDecimal.ONE : weight;
    status = status == null ? ProgressStatus.NOT_STARTED : status;
  }

  /**
   * The task's own rules against its plan and the tree on the plan's date; pointers relative to the
   * task.
   */
  public List<Violation> check(Plan plan, Units units) {
    List<Violation> violations = new ArrayList<>();
    if (number == null) {
      violations.add(Violation.withMessage("/number", "required", "A task has a number"));
    }
    if (content == null) {
      violations.add(Violation.withMessage("/content", "required", "A task has a content"));
    }
    if (deadline == null) {
      violations.add(Violation.withMessage("/deadline", "required", "A task has a deadline"));
    }
    if (weight.signum() <= 0) {
      violations.add(
          Violation.withMessage("/weight", "invalid-weight", "A task's weight is positive"));
    }
    Plan.checkUnit(violations, units, "/leadUnitCode", leadUnitCode);
    for (int i = 0; i < coordinatingUnitCodes.size(); i++) {
      String code = coordinatingUnitCodes.get(i);
      if (code.equals(leadUnitCode)) {
        violations.add(
            Violation.withMessage(
                "/coordinatingUnitCodes/" + i,
                "lead-also-coordinating",
                "The lead unit " + code + " is not also a coordinating unit"));
      } else {
        Plan.checkUnit(violations, units, "/coordinatingUnitCodes/" + i, code);
      }
    }
    plan.checkDeadline(violations, "/deadline", deadline);
    return violations;
  }

  /** The last day the task is on time; null for recurring tasks. */
  public LocalDate dueDate() {
    return deadline.lastDay().orElse(null);
  }

  /**
   * The department cancels the task: it sticks until reinstated, its assignments take no progress;
   * announced as a status of the whole task while the plan runs.
   */
  public Changes<Task> cancel(Plan plan, LocalDate on) {
    if (status == ProgressStatus.CANCELLED) {
      return Changes.of(this);
    }
    Task cancelled = withStatus(ProgressStatus.CANCELLED);
    return plan.status().isActive()
        ? Changes.of(
            cancelled,
            new PlanEvent.TaskStatusChanged(cancelled, status, BigDecimal.ZERO, on, false))
        : Changes.of(cancelled);
  }

  /** The department undoes a cancellation: the status is derived again from the assignments. */
  public Task reinstate() {
    return status == ProgressStatus.CANCELLED ? withStatus(ProgressStatus.NOT_STARTED) : this;
  }

  /** Refuses progress on a cancelled task. */
  public Task requireNotCancelled() {
    if (status == ProgressStatus.CANCELLED) {
      throw new StateConflict(
          "task-cancelled", "Task " + number + " is cancelled: no progress is recorded");
    }
    return this;
  }

  /**
   * A unit's (or the department's) report on its assignment of this task, by the rules of {@link
   * Assignment#updated}; nothing changes when status and percentage stay the same.
   *
   * @throws StateConflict when the task is cancelled
   */
  public Changes<Assignment> recordProgress(
      Assignment current,
      ProgressStatus requested,
      BigDecimal percent,
      boolean byDepartment,
      LocalDate today) {
    requireNotCancelled();
    Assignment updated = current.updated(requested, percent, byDepartment, today);
    if (updated.sameProgressAs(current)) {
      return Changes.of(current);
    }
    return Changes.of(updated, new PlanEvent.ProgressRecorded(this, current, updated, today));
  }

  /**
   * One assignment under this task's (new) due date: overdue work whose deadline moved is open
   * again, open work now past it is overdue; announced while the plan runs.
   */
  public Changes<Assignment> moveDueDate(Assignment assignment, Plan plan, LocalDate today) {
    Assignment moved = assignment.dueOn(dueDate(), today);
    if (!plan.status().isActive() || moved.status() == assignment.status()) {
      return Changes.of(moved);
    }
    return Changes.of(
        moved,
        new PlanEvent.AssignmentStatusChanged(
            id,
            planId,
            assignment.unitCode(),
            assignment.status(),
            moved.status(),
            moved.percentComplete(),
            today));
  }

  /**
   * The status the roll-up derived from the assignments; a cancelled task keeps its status.
   *
   * @param percent the task's completion as rolled up
   */
  public Changes<Task> derive(ProgressStatus derived, BigDecimal percent, LocalDate on) {
    if (status == ProgressStatus.CANCELLED || derived == status) {
      return Changes.of(this);
    }
    Task next = withStatus(derived);
    return Changes.of(next, new PlanEvent.TaskStatusChanged(next, status, percent, on, true));
  }

  public Task with(
      String newContent,
      String newLead,
      List<String> newCoordinating,
      Deadline newDeadline,
      Authority newAuthority,
      Map<ResponsibilityLevel, String> newResponsibilities,
      BigDecimal newWeight) {
    return new Task(
        id,
        planId,
        parentTaskId,
        number,
        ordinal,
        newContent,
        newLead,
        newCoordinating,
        newDeadline,
        newAuthority,
        newResponsibilities,
        newWeight,
        status,
        revision + 1);
  }

  public Task withParent(UUID newParent) {
    return new Task(
        id,
        planId,
        newParent,
        number,
        ordinal,
        content,
        leadUnitCode,
        coordinatingUnitCodes,
        deadline,
        approvingAuthority,
        responsibilities,
        weight,
        status,
        revision + 1);
  }

  public Task withStatus(ProgressStatus newStatus) {
    return new Task(
        id,
        planId,
        parentTaskId,
        number,
        ordinal,
        content,
        leadUnitCode,
        coordinatingUnitCodes,
        deadline,
        approvingAuthority,
        responsibilities,
        weight,
        newStatus,
        revision + 1);
  }
}
