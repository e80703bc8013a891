package vn.edu.platform.plan.planning.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.out.DueReportsSource;
import vn.edu.platform.plan.planning.application.port.out.PlanReadModel;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.TargetScope;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * The four command use cases wired on in-memory out-ports, as Spring wires them on PostgreSQL and
 * the outbox: a rule is tested in milliseconds, and what the use case stored, announced and audited
 * is read back from the fakes. Today is 2026-03-02 in Vietnam.
 */
final class PlanningHarness {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  final InMemoryPlanRepository plans = new InMemoryPlanRepository();
  final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
  final InMemoryAssignmentRepository assignments = new InMemoryAssignmentRepository();
  final RecordingPlanEvents events = new RecordingPlanEvents();
  final RecordingAuditLog audit = new RecordingAuditLog();
  final RecordingProjections projections = new RecordingProjections();

  final ManagePlansService managePlans;
  final ManageTasksService manageTasks;
  final RecordProgressService recordProgress;
  final DetectOverdueService detectOverdue;

  PlanningHarness() {
    Clock clock = Clock.fixed(TODAY.atTime(3, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    PlanUnits units = new PlanUnits(new InMemoryOrgTree(), clock);
    PlanChanges changes = new PlanChanges(audit, events, projections);
    PlanStatuses statuses = new PlanStatuses(tasks, assignments, changes);
    PlanQueryService queries =
        new PlanQueryService(
            plans,
            tasks,
            assignments,
            new Reads(),
            clock,
            new StaticListableBeanFactory().getBeanProvider(DueReportsSource.class));
    managePlans =
        new ManagePlansService(
            plans, tasks, assignments, projections, changes, statuses, units, queries);
    manageTasks =
        new ManageTasksService(plans, tasks, assignments, projections, changes, statuses, units);
    recordProgress = new RecordProgressService(plans, tasks, assignments, changes, statuses, units);
    detectOverdue = new DetectOverdueService(plans, statuses, new InMemoryTransactions());
  }

  /** A plan of the department with one task per deadline, each assigned to both schools. */
  Plan plan(PlanStatus status, LocalDate... deadlines) {
    List<PlanCommands.NewTask> newTasks = new java.util.ArrayList<>();
    for (int i = 0; i < deadlines.length; i++) {
      newTasks.add(
          new PlanCommands.NewTask(
              String.valueOf(i + 1),
              null,
              "Task " + (i + 1),
              InMemoryOrgTree.OFFICE,
              List.of(),
              Deadline.on(deadlines[i]),
              null,
              Map.of(),
              null,
              List.of(InMemoryOrgTree.SCHOOL_1, InMemoryOrgTree.SCHOOL_2),
              List.of()));
    }
    UUID id =
        managePlans
            .create(
                new PlanCommands.CreatePlan(
                    "1/KH-" + UUID.randomUUID().toString().substring(0, 8),
                    TODAY.minusMonths(1),
                    InMemoryOrgTree.DEPARTMENT,
                    Authority.DEPARTMENT,
                    "Kế hoạch thử",
                    List.of(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    status,
                    List.of(),
                    newTasks))
            .plan()
            .id();
    return plans.find(id).orElseThrow();
  }

  Task task(Plan plan, String number) {
    return tasks.ofPlan(plan.id()).stream()
        .filter(t -> t.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  Plan stored(Plan plan) {
    return plans.find(plan.id()).orElseThrow();
  }

  /** Cancels ({@code true}) or reinstates ({@code false}) a task at its current revision. */
  Task cancel(Task task, boolean cancelled) {
    ExpectedRevision current = ExpectedRevision.of(task.revision());
    return manageTasks.updateTask(
        new PlanCommands.UpdateTask(
            task.id(), current, null, null, null, null, null, null, null, cancelled));
  }

  Assignment progress(Task task, String unit, ProgressStatus status, int percent) {
    return recordProgress.updateAssignment(
        new PlanCommands.UpdateAssignment(
            task.id(), unit, status, BigDecimal.valueOf(percent), ExpectedRevision.any(), false));
  }

  static PlanCommands.NewTarget target(String indicator) {
    return new PlanCommands.NewTarget(
        indicator,
        "%",
        BigDecimal.valueOf(100),
        null,
        null,
        null,
        Deadline.on(TODAY.plusMonths(6)),
        TargetScope.province(),
        TargetSource.REPORTED);
  }

  /** Only what the detail of a plan after {@code create} asks of the read model. */
  private final class Reads implements PlanReadModel {

    @Override
    public Page<Plan> plans(PlanCriteria criteria) {
      throw new UnsupportedOperationException("lists are the JDBC read model's");
    }

    @Override
    public boolean involves(UUID planId, Set<String> unitCodes) {
      return false;
    }

    @Override
    public Map<UUID, List<Task>> tasksOf(Collection<UUID> planIds) {
      Map<UUID, List<Task>> byPlan = new LinkedHashMap<>();
      planIds.forEach(id -> byPlan.put(id, tasks.ofPlan(id)));
      return byPlan;
    }

    @Override
    public List<Assignment> assignmentsOf(UUID planId, Set<String> unitCodes) {
      return assignments.assignments.values().stream()
          .filter(a -> unitCodes.contains(a.unitCode()))
          .filter(a -> tasks.find(a.taskId()).orElseThrow().planId().equals(planId))
          .toList();
    }

    @Override
    public Page<WorkItem> work(WorkCriteria criteria) {
      throw new UnsupportedOperationException("my tasks are the JDBC read model's");
    }

    @Override
    public List<RecurringItem> recurringWork(Set<String> unitCodes, LocalDate today) {
      throw new UnsupportedOperationException("reminders are the JDBC read model's");
    }
  }
}
