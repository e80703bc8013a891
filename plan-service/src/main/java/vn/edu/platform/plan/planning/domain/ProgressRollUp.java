package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Progress rolled up the task tree to the plan, as of a day.
 *
 * <ul>
 *   <li>A task with sub-tasks: the mean of its sub-tasks' percentages weighted by their weights
 *       (its own assignments, if any, are then only the units' view and do not count twice).
 *   <li>A task without sub-tasks: the plain mean of its assignments' percentages (every assigned
 *       unit weighs the same).
 *   <li>The plan: the weighted mean of its top-level tasks.
 *   <li>Cancelled tasks and assignments are left out; a task with nothing left is at 0 %.
 * </ul>
 *
 * The status follows: completed when every counted assignment (or sub-task) is; otherwise overdue
 * once the task's deadline passed; otherwise in progress when anything moved; else not started.
 * Percentages are computed on reading, never stored, so they cannot drift from the assignments;
 * only the derived status is stored (see {@link Task#status()}).
 */
public final class ProgressRollUp {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<UUID, TaskNode> nodes = new LinkedHashMap<>();
  private final Map<UUID, List<UUID>> children = new HashMap<>();
  private final List<UUID> roots = new ArrayList<>();
  private final Map<UUID, BigDecimal> percents = new HashMap<>();
  private final Map<UUID, ProgressStatus> statuses = new HashMap<>();
  private final LocalDate today;
  private final BigDecimal planPercent;

  private ProgressRollUp(List<TaskNode> taskNodes, LocalDate today) {
    this.today = today;
    for (TaskNode node : taskNodes) {
      nodes.put(node.id(), node);
    }
    for (TaskNode node : taskNodes) {
      if (node.parentId() != null && nodes.containsKey(node.parentId())) {
        children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
      } else {
        roots.add(node.id());
      }
    }
    for (UUID root : roots) {
      compute(root);
    }
    this.planPercent = weightedMean(roots);
  }

  /** Rolls up the tasks of one plan (a tree: cycles are refused before they are stored). */
  public static ProgressRollUp of(List<TaskNode> tasks, LocalDate today) {
    return new ProgressRollUp(tasks, today);
  }

  public BigDecimal percentOf(UUID taskId) {
    return percents.getOrDefault(taskId, BigDecimal.ZERO.setScale(2));
  }

  public ProgressStatus statusOf(UUID taskId) {
    return statuses.getOrDefault(taskId, ProgressStatus.NOT_STARTED);
  }

  /** The plan's percentage: the weighted mean of its top-level tasks. */
  public BigDecimal planPercent() {
    return planPercent;
  }

  /** Tasks whose due date passed unfinished, as of the roll-up's day. */
  public long overdueCount() {
    return statuses.values().stream().filter(s -> s == ProgressStatus.OVERDUE).count();
  }

  private void compute(UUID id) {
    TaskNode node = nodes.get(id);
    List<UUID> kids = children.getOrDefault(id, List.of());
    for (UUID kid : kids) {
      compute(kid);
    }
    if (node.cancelled()) {
      percents.put(id, BigDecimal.ZERO.setScale(2));
      statuses.put(id, ProgressStatus.CANCELLED);
      return;
    }
    List<UUID> counted =
        kids.stream().filter(k -> statuses.get(k) != ProgressStatus.CANCELLED).toList();
    BigDecimal percent;
    boolean completed;
    boolean started;
    if (!counted.isEmpty()) {
      percent = weightedMean(counted);
      completed = counted.stream().allMatch(k -> statuses.get(k) == ProgressStatus.COMPLETED);
      started =
          counted.stream().anyMatch(k -> statuses.get(k) != ProgressStatus.NOT_STARTED)
              || percent.signum() > 0;
    } else {
      AssignmentSummary a = node.assignments();
      percent =
          a.active() == 0
              ? BigDecimal.ZERO.setScale(2)
              : a.percentSum().divide(BigDecimal.valueOf(a.active()), 2, RoundingMode.HALF_UP);
      completed = a.active() > 0 && a.completed() == a.active();
      started = a.inProgress() > 0 || a.completed() > 0 || percent.signum() > 0;
    }
    percents.put(id, percent);
    ProgressStatus status;
    if (completed) {
      status = ProgressStatus.COMPLETED;
      percents.put(id, HUNDRED.setScale(2));
    } else if (node.dueDate() != null && node.dueDate().isBefore(today)) {
      status = ProgressStatus.OVERDUE;
    } else if (started) {
      status = ProgressStatus.IN_PROGRESS;
    } else {
      status = ProgressStatus.NOT_STARTED;
    }
    statuses.put(id, status);
  }

  private BigDecimal weightedMean(List<UUID> ids) {
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal sum = BigDecimal.ZERO;
    for (UUID id : ids) {
      if (statuses.get(id) == ProgressStatus.CANCELLED) {
        continue;
      }
      BigDecimal weight = nodes.get(id).weight();
      weights = weights.add(weight);
      sum = sum.add(weight.multiply(percents.get(id)));
    }
    return weights.signum() == 0
        ? BigDecimal.ZERO.setScale(2)
        : sum.divide(weights, 2, RoundingMode.HALF_UP);
  }
}
