package vn.edu.platform.plan.planning.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * The queries on plans that no command needs: lists, who a plan involves, "my tasks", reminders.
 * Answered from tables kept for reading ({@link PlanProjections}) and indexes shaped for these
 * queries.
 */
public interface PlanReadModel {

  /** One page of a longer list, with the length of the whole list. */
  record Page<T>(List<T> items, long total) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /**
   * Which plans a reader lists.
   *
   * @param provinceWide the reader sees every unit's plans; otherwise those involving {@code
   *     readerUnits}
   * @param seesDrafts the reader sees drafts too
   * @param involving plans that involve this unit
   * @param text folded words of the title or number
   */
  record PlanCriteria(
      boolean provinceWide,
      boolean seesDrafts,
      Set<String> readerUnits,
      PlanStatus status,
      Integer year,
      String issuingUnitCode,
      String involving,
      String text,
      int offset,
      int limit) {
    public PlanCriteria {
      readerUnits = Set.copyOf(readerUnits);
    }
  }

  /**
   * Which assignments to list.
   *
   * @param unitCodes the assigned units
   * @param withSubunits also the units below them on the current tree (their work items)
   * @param statuses statuses as of {@code today}; empty means open work
   */
  record WorkCriteria(
      Set<String> unitCodes,
      boolean withSubunits,
      List<ProgressStatus> statuses,
      LocalDate dueFrom,
      LocalDate dueTo,
      UUID planId,
      LocalDate today,
      int offset,
      int limit) {
    public WorkCriteria {
      unitCodes = Set.copyOf(unitCodes);
      statuses = List.copyOf(statuses);
    }
  }

  /** One unit's assignment with what a list shows of its task and plan. */
  record WorkItem(
      UUID taskId,
      UUID planId,
      String planNumber,
      String planTitle,
      String taskNumber,
      String content,
      String leadUnitCode,
      Deadline deadline,
      LocalDate dueOn,
      String unitCode,
      ProgressStatus status,
      BigDecimal percentComplete,
      LocalDate updatedOn,
      long revision) {}

  /** A recurring assignment and the day its series starts. */
  record RecurringItem(WorkItem item, LocalDate seriesStart) {}

  Page<Plan> plans(PlanCriteria criteria);

  /** Whether the plan involves one of the units (issuing, lead, coordinating, assigned). */
  boolean involves(UUID planId, Set<String> unitCodes);

  /** The tasks of several plans, by plan, each in plan order. */
  Map<UUID, List<Task>> tasksOf(Collection<UUID> planIds);

  /** The assignments of a plan to one of the units. */
  List<Assignment> assignmentsOf(UUID planId, Set<String> unitCodes);

  /** Assignments by due date (recurring ones last), then plan, task and unit. */
  Page<WorkItem> work(WorkCriteria criteria);

  /** Open assignments of recurring tasks of the units, with the plan's date as series start. */
  List<RecurringItem> recurringWork(Set<String> unitCodes, LocalDate today);
}
