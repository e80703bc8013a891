package vn.edu.platform.plan.planning.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.in.PlanFilters;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;

/** Where plans, targets, tasks and assignments live. */
public interface PlanStore {

  // --- plans ----------------------------------------------------------------------------------

  /** The plan with this number for this issuing unit, if any. */
  Optional<UUID> findByNumber(String issuingUnitCode, String number);

  /** Plans with this number, for any issuing unit (to link legal bases). */
  List<UUID> findByNumber(String number);

  /** A plan with its targets. */
  Optional<Plan> find(UUID planId);

  /** A plan with its targets, locked until the transaction ends: changes of a plan queue up. */
  Optional<Plan> lock(UUID planId);

  /**
   * Inserts a plan without its targets.
   *
   * @return false when its natural key (issuing unit, number) is taken
   */
  boolean insert(Plan plan);

  /** Updates a plan's header, status and revision. */
  void update(Plan plan);

  void insertTargets(UUID planId, List<Target> targets, int firstOrdinal);

  /** Ids of the issued and in-progress plans. */
  List<UUID> activePlanIds();

  /** Recomputes the units a plan involves (issuing, lead, coordinating and assigned units). */
  void refreshInvolvement(UUID planId);

  /** Whether the plan involves one of the units. */
  boolean involves(UUID planId, Set<String> unitCodes);

  PlanViews.Slice<Plan> list(Viewer viewer, PlanFilters.PlanFilter filter);

  // --- tasks ----------------------------------------------------------------------------------

  /** Inserts tasks; a parent may come after its child in the list. */
  void insertTasks(List<Task> tasks);

  /** Updates a task's fields, status and revision. */
  void update(Task task);

  Optional<Task> findTask(UUID taskId);

  /** The tasks of a plan in plan order. */
  List<Task> tasksOf(UUID planId);

  /** The tasks of several plans, by plan. */
  Map<UUID, List<Task>> tasksOf(Collection<UUID> planIds);

  /** The tasks of a plan assigned to one of the units. */
  Set<UUID> tasksAssignedTo(UUID planId, Set<String> unitCodes);

  /** The assignments of each task of the plans, counted by their status as of {@code today}. */
  Map<UUID, AssignmentSummary> summaries(Collection<UUID> planIds, LocalDate today);

  // --- assignments ----------------------------------------------------------------------------

  void insertAssignments(UUID planId, List<Assignment> assignments);

  /** Updates status, percentage, due date, day and revision. */
  void update(Assignment assignment);

  /** Locks the assignment until the transaction ends. */
  Optional<Assignment> lockAssignment(UUID taskId, String unitCode);

  List<Assignment> assignmentsOf(UUID taskId);

  /** The assignments of a plan to one of the units. */
  List<Assignment> assignmentsOf(UUID planId, Set<String> unitCodes);

  /**
   * Stores {@code OVERDUE} on the plan's open assignments due before {@code today}.
   *
   * @return each transition made, with the status it left
   */
  List<OverdueTransition> markOverdue(UUID planId, LocalDate today);

  /** One assignment that went overdue. */
  record OverdueTransition(
      UUID taskId, String unitCode, ProgressStatus fromStatus, BigDecimal percent) {}

  // --- due work -------------------------------------------------------------------------------

  PlanViews.Slice<PlanViews.DueItem> dueItems(PlanFilters.DueFilter filter);

  /** Open assignments of recurring tasks of the units, with the plan's date as series start. */
  List<RecurringItem> recurringItems(Set<String> unitCodes, LocalDate today);

  /** A recurring assignment and the day its series starts. */
  record RecurringItem(PlanViews.DueItem item, LocalDate seriesStart) {}
}
