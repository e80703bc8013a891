package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.application.port.in.ManageTasksUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Changes;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.TaskTree;
import vn.edu.platform.plan.planning.domain.UnitGroup;
import vn.edu.platform.plan.planning.domain.Units;

/**
 * The department's work on the tasks of a plan: add, edit (cancel, reinstate), move, assign more
 * units. Each command locks the task's plan first; a change of a running plan is announced with the
 * task's full state, then the plan's statuses are brought to today.
 */
@Service
class ManageTasksService implements ManageTasksUseCase {

  private final PlanRepository plans;
  private final TaskRepository tasks;
  private final AssignmentRepository assignments;
  private final PlanProjections projections;
  private final PlanChanges changes;
  private final PlanStatuses statuses;
  private final PlanUnits units;

  ManageTasksService(
      PlanRepository plans,
      TaskRepository tasks,
      AssignmentRepository assignments,
      PlanProjections projections,
      PlanChanges changes,
      PlanStatuses statuses,
      PlanUnits units) {
    this.plans = plans;
    this.tasks = tasks;
    this.assignments = assignments;
    this.projections = projections;
    this.changes = changes;
    this.statuses = statuses;
    this.units = units;
  }

  @Override
  @Transactional
  public Task addTask(PlanCommands.AddTask c) {
    Plan plan = lock(c.planId()).requireChangeable();
    LocalDate today = units.today();
    List<Task> existing = tasks.ofPlan(plan.id());
    List<Violation> violations = new ArrayList<>();
    if (c.parentTaskId() != null
        && existing.stream().noneMatch(t -> t.id().equals(c.parentTaskId()))) {
      violations.add(
          Violation.withMessage(
              "/parentTaskId", "unknown-parent-task", "The parent is not a task of this plan"));
    }
    String number = c.task().number() == null ? null : c.task().number().strip();
    if (existing.stream().anyMatch(t -> t.number().equals(number))) {
      violations.add(
          Violation.withMessage(
              "/number", "duplicate-task-number", "Task number " + number + " is taken"));
    }
    Units tree = units.forChange(plan);
    Task task =
        PlanDocuments.taskOf(plan, c.task(), UUID.randomUUID(), c.parentTaskId(), existing.size());
    violations.addAll(task.check(plan, tree));
    List<String> assigned = PlanDocuments.assigneesOf(c.task(), task, tree, "", violations);
    RuleViolation.throwIfAny(Plan.RULES, violations);
    tasks.insert(List.of(task));
    assignments.insert(plan.id(), PlanDocuments.assignmentsOf(task, assigned, today));
    projections.refreshInvolvement(plan.id());
    plans.update(plan.touched());
    List<PlanEvent> raised = new ArrayList<>();
    raised.add(
        new PlanEvent.TaskRecorded(
            task, "add task " + task.number() + " to plan " + plan.number()));
    if (plan.status().isActive()) {
      raised.add(new PlanEvent.TaskAssigned(task, assigned));
    }
    changes.record(raised);
    if (plan.status().isActive()) {
      statuses.refresh(plan, today);
    }
    return task;
  }

  @Override
  @Transactional
  public Task updateTask(PlanCommands.UpdateTask c) {
    UUID planId = find(c.taskId()).planId();
    Plan plan = lock(planId).requireChangeable();
    // Read again under the plan's lock: the first read only found the plan to lock.
    Task current = find(c.taskId());
    c.expectedRevision().verify("task " + c.taskId(), current.revision());
    LocalDate today = units.today();
    Task edited =
        current.with(
            c.content() == null ? current.content() : c.content(),
            c.leadUnitCode() == null ? current.leadUnitCode() : c.leadUnitCode(),
            c.coordinatingUnitCodes() == null
                ? current.coordinatingUnitCodes()
                : c.coordinatingUnitCodes(),
            c.deadline() == null ? current.deadline() : c.deadline(),
            c.approvingAuthority() == null ? current.approvingAuthority() : c.approvingAuthority(),
            c.responsibilities() == null ? current.responsibilities() : c.responsibilities(),
            c.weight() == null ? current.weight() : c.weight());
    boolean sameUnits =
        Objects.equals(edited.leadUnitCode(), current.leadUnitCode())
            && edited.coordinatingUnitCodes().equals(current.coordinatingUnitCodes());
    Units tree = sameUnits ? units.on(plan.issuedOn()) : units.forChange(plan);
    RuleViolation.throwIfAny(Plan.RULES, edited.check(plan, tree));
    Changes<Task> changed = Changes.of(edited);
    if (Boolean.TRUE.equals(c.cancelled())) {
      changed = edited.cancel(plan, today);
    } else if (Boolean.FALSE.equals(c.cancelled())) {
      changed = Changes.of(edited.reinstate());
    }
    Task task = changed.state();
    tasks.update(task);
    List<PlanEvent> raised = new ArrayList<>();
    if (!Objects.equals(task.dueDate(), current.dueDate())) {
      for (Assignment a : assignments.ofTask(task.id())) {
        Changes<Assignment> moved = task.moveDueDate(a, plan, today);
        assignments.update(moved.state());
        raised.addAll(moved.events());
      }
    }
    raised.addAll(changed.events());
    projections.refreshInvolvement(plan.id());
    plans.update(plan.touched());
    raised.add(
        new PlanEvent.TaskEdited(
            task,
            c.cancelled() == null
                ? "update task " + task.number()
                : (c.cancelled() ? "cancel task " : "reinstate task ") + task.number()));
    boolean active = plan.status().isActive();
    if (active
        && task.status() != ProgressStatus.CANCELLED
        && announcedStateChanged(current, task)) {
      raised.add(new PlanEvent.TaskAssigned(task, unitsOf(assignments.ofTask(task.id()))));
    }
    changes.record(raised);
    if (active) {
      statuses.refresh(plan, today);
    }
    return find(task.id());
  }

  @Override
  @Transactional
  public Task moveTask(PlanCommands.MoveTask c) {
    Task current = find(c.taskId());
    Plan plan = lock(current.planId()).requireChangeable();
    List<Task> planTasks = tasks.ofPlan(plan.id());
    Map<UUID, UUID> parentOf = new HashMap<>();
    for (Task t : planTasks) {
      if (t.parentTaskId() != null) {
        parentOf.put(t.id(), t.parentTaskId());
      }
    }
    if (c.parentTaskId() != null) {
      if (planTasks.stream().noneMatch(t -> t.id().equals(c.parentTaskId()))) {
        throw Plan.refusal(
            "/parentTaskId", "unknown-parent-task", "The parent is not a task of this plan");
      }
      parentOf.put(current.id(), c.parentTaskId());
    } else {
      parentOf.remove(current.id());
    }
    TaskTree.findCycle(parentOf)
        .ifPresent(
            cycle -> {
              throw Plan.refusal(
                  "/parentTaskId",
                  "task-cycle",
                  "Task " + current.number() + " would sit under its own sub-task");
            });
    Task moved = current.withParent(c.parentTaskId());
    tasks.update(moved);
    plans.update(plan.touched());
    List<PlanEvent> raised = new ArrayList<>();
    raised.add(new PlanEvent.TaskEdited(moved, "move task " + moved.number()));
    boolean active = plan.status().isActive();
    if (active && moved.status() != ProgressStatus.CANCELLED) {
      raised.add(new PlanEvent.TaskAssigned(moved, unitsOf(assignments.ofTask(moved.id()))));
    }
    changes.record(raised);
    if (active) {
      statuses.refresh(plan, units.today());
    }
    return moved;
  }

  @Override
  @Transactional
  public List<Assignment> addAssignments(PlanCommands.AddAssignments c) {
    Task task = find(c.taskId());
    Plan plan = lock(task.planId()).requireChangeable();
    LocalDate today = units.today();
    Units tree = units.forChange(plan);
    List<Violation> violations = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < c.unitCodes().size(); i++) {
      String code = c.unitCodes().get(i) == null ? null : c.unitCodes().get(i).strip();
      Plan.checkUnit(violations, tree, "/unitCodes/" + i, code);
      codes.add(code);
    }
    for (UnitGroup group : c.groups()) {
      codes.addAll(tree.group(group));
    }
    if (codes.isEmpty()) {
      violations.add(
          Violation.withMessage("/unitCodes", "required", "Name units or groups to assign"));
    }
    RuleViolation.throwIfAny(Plan.RULES, violations);
    Set<String> assigned = new LinkedHashSet<>(unitsOf(assignments.ofTask(task.id())));
    List<String> added = codes.stream().filter(code -> !assigned.contains(code)).toList();
    List<Assignment> created = PlanDocuments.assignmentsOf(task, added, today);
    if (created.isEmpty()) {
      return created;
    }
    assignments.insert(plan.id(), created);
    projections.refreshInvolvement(plan.id());
    List<PlanEvent> raised = new ArrayList<>();
    raised.add(new PlanEvent.UnitsAssigned(task, added));
    boolean announced = plan.status().isActive() && task.status() != ProgressStatus.CANCELLED;
    if (announced) {
      assigned.addAll(added);
      raised.add(new PlanEvent.TaskAssigned(task, List.copyOf(assigned)));
    }
    changes.record(raised);
    if (announced) {
      statuses.refresh(plan, today);
    }
    return created;
  }

  private Task find(UUID taskId) {
    return tasks.find(taskId).orElseThrow(() -> new NotFound("task-not-found", taskId));
  }

  private Plan lock(UUID planId) {
    return plans.lock(planId).orElseThrow(() -> new NotFound("plan-not-found", planId));
  }

  private static List<String> unitsOf(List<Assignment> assigned) {
    return assigned.stream().map(Assignment::unitCode).toList();
  }

  /** Whether a change alters what {@code TaskAssigned} announces (units, deadline, parent). */
  private static boolean announcedStateChanged(Task before, Task after) {
    return !Objects.equals(before.leadUnitCode(), after.leadUnitCode())
        || !before.coordinatingUnitCodes().equals(after.coordinatingUnitCodes())
        || !before.deadline().equals(after.deadline())
        || !Objects.equals(before.parentTaskId(), after.parentTaskId())
        || before.status() == ProgressStatus.CANCELLED;
  }
}
