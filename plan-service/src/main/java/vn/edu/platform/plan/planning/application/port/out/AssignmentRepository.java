package vn.edu.platform.plan.planning.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.ProgressStatus;

/** Where the assignments of tasks to units live, with each unit's status and completion. */
public interface AssignmentRepository {

  void insert(UUID planId, List<Assignment> assignments);

  /** Updates status, percentage, due date, day and revision. */
  void update(Assignment assignment);

  /** Locks the assignment until the transaction ends. */
  Optional<Assignment> lock(UUID taskId, String unitCode);

  /** The assignments of a task, by unit code. */
  List<Assignment> ofTask(UUID taskId);

  /** The assignments of each task of the plans, counted by their status as of {@code today}. */
  Map<UUID, AssignmentSummary> summaries(Collection<UUID> planIds, LocalDate today);

  /**
   * Stores {@code OVERDUE} on the plan's open assignments due before {@code today} (one statement:
   * a plan may have thousands).
   *
   * @return each transition made, with the status it left, by task and unit
   */
  List<OverdueTransition> markOverdue(UUID planId, LocalDate today);

  /** One assignment that went overdue. */
  record OverdueTransition(
      UUID taskId, String unitCode, ProgressStatus fromStatus, BigDecimal percent) {}
}
