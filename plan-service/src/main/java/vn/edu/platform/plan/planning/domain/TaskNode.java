package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the roll-up needs of a task: its place in the tree, weight, deadline, whether it was
 * cancelled and its assignments counted (never the assignments themselves: a task of a province
 * plan has a thousand).
 */
public record TaskNode(
    UUID id,
    UUID parentId,
    BigDecimal weight,
    LocalDate dueDate,
    boolean cancelled,
    AssignmentSummary assignments) {

  public static TaskNode of(Task task, AssignmentSummary assignments) {
    return new TaskNode(
        task.id(),
        task.parentTaskId(),
        task.weight(),
        task.dueDate(),
        task.status() == ProgressStatus.CANCELLED,
        assignments);
  }
}
