package vn.edu.platform.plan.planning.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.planning.application.port.in.DetectOverdueUseCase;
import vn.edu.platform.plan.planning.application.port.in.ManagePlansUseCase;
import vn.edu.platform.plan.planning.application.port.in.ManageTasksUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.PlanExistsException;
import vn.edu.platform.plan.planning.application.port.in.PlanNotFoundException;
import vn.edu.platform.plan.planning.application.port.in.PlanQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.RecordProgressUseCase;
import vn.edu.platform.plan.planning.application.port.in.StaleRevisionException;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.application.port.out.PlanAuditLog;
import vn.edu.platform.plan.planning.application.port.out.PlanEventPublisher;
import vn.edu.platform.plan.planning.application.port.out.PlanStore;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanRuleViolation;
import vn.edu.platform.plan.planning.domain.PlanStateException;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressRollUp;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.TaskNode;
import vn.edu.platform.plan.planning.domain.TaskTree;
import vn.edu.platform.plan.planning.domain.UnitGroup;
import vn.edu.platform.plan.planning.domain.Units;
import vn.edu.platform.plan.planning.domain.Violation;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * The commands on plans, tasks and assignments.
 *
 * <p>Each command locks its plan row first, so the changes of one plan queue up (a plan sees at
 * most a few hundred changes a day; assignments of different plans never wait for each other), and
 * then derived state (task statuses, the plan's move to in progress) is recomputed from the stored
 * assignments in the same transaction, announced and audited exactly once per transition.
 *
 * <p>Units named in a plan document are checked on the plan's date (the tree of that day); units
 * named later (a new task, lead or assignment) on the day of the change, or on the plan's date if
 * that is later, since a school opened after the plan can still be given a task.
 */
@Service
class PlanService
    implements ManagePlansUseCase, ManageTasksUseCase, RecordProgressUseCase, DetectOverdueUseCase {

  private final PlanStore store;
  private final PlanEventPublisher events;
  private final PlanAuditLog audit;
  private final OrgTreeQuery tree;
  private final PlanQuery queries;
  private final Clock clock;
  private final TransactionTemplate transactions;

  PlanService(
      PlanStore store,
      PlanEventPublisher events,
      PlanAuditLog audit,
      OrgTreeQuery tree,
      PlanQuery queries,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.store = store;
    this.events = events;
    this.audit = audit;
    this.tree = tree;
    this.queries = queries;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  // --- plans ----------------------------------------------------------------------------------

  @Override
  @Transactional
  public PlanViews.PlanDetail create(PlanCommands.CreatePlan c) {
    LocalDate today = today();
    List<Violation> violations = new ArrayList<>();
    if (c.status() != null && c.status() != PlanStatus.DRAFT && c.status() != PlanStatus.ISSUED) {
      violations.add(
          new Violation("/status", "initial-status", "A plan is recorded as DRAFT or ISSUED"));
    }
    List<Target> targets = new ArrayList<>();
    for (PlanCommands.NewTarget t : c.targets()) {
      targets.add(targetOf(t));
    }
    UUID planId = UUID.randomUUID();
    Plan plan =
        new Plan(
            planId,
            c.number(),
            c.issuedOn(),
            c.issuingUnitCode(),
            c.issuingAuthority(),
            c.title(),
            linkLegalBases(c.legalBases(), violations),
            c.purpose(),
            c.requirements(),
            c.phases(),
            c.attachments(),
            PlanStatus.DRAFT,
            targets,
            1);
    Units units = unitsOn(plan.issuedOn() == null ? today : plan.issuedOn());
    violations.addAll(plan.check(units));

    // Ids first, so that a task may name a parent listed after it.
    List<UUID> taskIds = new ArrayList<>();
    Map<UUID, Integer> indexOf = new HashMap<>();
    Map<String, UUID> idsByNumber = new HashMap<>();
    for (int i = 0; i < c.tasks().size(); i++) {
      String number = c.tasks().get(i).number();
      UUID id = UUID.randomUUID();
      taskIds.add(id);
      indexOf.put(id, i);
      if (number != null && idsByNumber.putIfAbsent(number.strip(), id) != null) {
        violations.add(
            new Violation(
                "/tasks/" + i + "/number",
                "duplicate-task-number",
                "Task number " + number + " is used twice in the plan"));
      }
    }
    List<Task> tasks = new ArrayList<>();
    Map<UUID, List<String>> assignees = new LinkedHashMap<>();
    Map<UUID, UUID> parentOf = new HashMap<>();
    for (int i = 0; i < c.tasks().size(); i++) {
      PlanCommands.NewTask t = c.tasks().get(i);
      String at = "/tasks/" + i;
      UUID id = taskIds.get(i);
      UUID parentId = null;
      if (t.parentNumber() != null && !t.parentNumber().isBlank()) {
        parentId = idsByNumber.get(t.parentNumber().strip());
        if (parentId == null) {
          violations.add(
              new Violation(
                  at + "/parentNumber",
                  "unknown-parent-task",
                  "No task of the plan has number " + t.parentNumber()));
        } else {
          parentOf.put(id, parentId);
        }
      }
      Task task = taskOf(plan, t, id, parentId, i);
      task.check(plan, units).forEach(v -> violations.add(v.under(at)));
      assignees.put(id, assigneesOf(t, task, units, at, violations));
      tasks.add(task);
    }
    TaskTree.findCycle(parentOf)
        .ifPresent(
            cycle ->
                violations.add(
                    new Violation(
                        "/tasks/" + indexOf.get(cycle.getFirst()) + "/parentNumber",
                        "task-cycle",
                        "Tasks "
                            + cycle.stream()
                                .map(id -> c.tasks().get(indexOf.get(id)).number())
                                .toList()
                            + " are each other's parents")));
    PlanRuleViolation.throwIfAny(violations);

    store
        .findByNumber(plan.issuingUnitCode(), plan.number())
        .ifPresent(
            existing -> {
              throw new PlanExistsException(existing, plan.number());
            });
    if (!store.insert(plan)) {
      throw new PlanExistsException(
          store.findByNumber(plan.issuingUnitCode(), plan.number()).orElse(null), plan.number());
    }
    store.insertTargets(planId, plan.targets(), 0);
    store.insertTasks(tasks);
    for (Task task : tasks) {
      store.insertAssignments(planId, assignmentsOf(task, assignees.get(task.id()), today));
      audit.created(PlanAuditLog.TASK, task.id().toString(), task.leadUnitCode(), "record task");
    }
    store.refreshInvolvement(planId);
    audit.created(
        PlanAuditLog.PLAN,
        planId.toString(),
        plan.issuingUnitCode(),
        "record plan " + plan.number() + " with " + tasks.size() + " tasks");
    if (c.status() == PlanStatus.ISSUED) {
      issueLocked(plan, today);
    }
    return queries.get(Viewer.department(), planId);
  }

  @Override
  @Transactional
  public Plan update(PlanCommands.UpdatePlan c) {
    Plan current = lockPlan(c.planId()).requireChangeable();
    checkRevision("plan", current.revision(), c.expectedRevision());
    List<Violation> violations = new ArrayList<>();
    boolean draft = current.status() == PlanStatus.DRAFT;
    if (!draft
        && ((c.number() != null && !Objects.equals(c.number().strip(), current.number()))
            || (c.issuedOn() != null && !c.issuedOn().equals(current.issuedOn())))) {
      violations.add(
          new Violation(
              c.number() != null ? "/number" : "/issuedOn",
              "frozen-field",
              "A plan's number and date are fixed once it is issued"));
      PlanRuleViolation.throwIfAny(violations);
    }
    Plan updated =
        new Plan(
            current.id(),
            c.number() == null ? current.number() : c.number(),
            c.issuedOn() == null ? current.issuedOn() : c.issuedOn(),
            current.issuingUnitCode(),
            current.issuingAuthority(),
            c.title() == null ? current.title() : c.title(),
            c.legalBases() == null
                ? current.legalBases()
                : linkLegalBases(c.legalBases(), violations),
            c.purpose() == null ? current.purpose() : c.purpose(),
            c.requirements() == null ? current.requirements() : c.requirements(),
            c.phases() == null ? current.phases() : c.phases(),
            c.attachments() == null ? current.attachments() : c.attachments(),
            current.status(),
            current.targets(),
            current.revision() + 1);
    violations.addAll(updated.check(unitsOn(updated.issuedOn())));
    if (!updated.issuedOn().equals(current.issuedOn())) {
      for (Task task : store.tasksOf(current.id())) {
        List<Violation> late = new ArrayList<>();
        updated.checkDeadline(late, "/issuedOn", task.deadline());
        if (!late.isEmpty()) {
          violations.add(
              new Violation(
                  "/issuedOn",
                  "deadline-before-plan-date",
                  "Task " + task.number() + " is due before " + updated.issuedOn()));
        }
      }
    }
    PlanRuleViolation.throwIfAny(violations);
    if (!updated.number().equals(current.number())) {
      store
          .findByNumber(updated.issuingUnitCode(), updated.number())
          .ifPresent(
              existing -> {
                throw new PlanExistsException(existing, updated.number());
              });
    }
    store.update(updated);
    audit.updated(
        PlanAuditLog.PLAN, updated.id().toString(), updated.issuingUnitCode(), "update plan");
    return updated;
  }

  @Override
  @Transactional
  public Plan issue(UUID planId) {
    return issueLocked(lockPlan(planId), today());
  }

  private Plan issueLocked(Plan plan, LocalDate today) {
    Plan issued = plan.movedTo(PlanStatus.ISSUED);
    store.update(issued);
    audit.updated(
        PlanAuditLog.PLAN,
        issued.id().toString(),
        issued.issuingUnitCode(),
        "issue plan " + issued.number());
    events.planIssued(issued);
    for (Task task : store.tasksOf(issued.id())) {
      if (task.status() != ProgressStatus.CANCELLED) {
        events.taskAssigned(task, unitsOf(store.assignmentsOf(task.id())));
      }
    }
    refresh(issued, today);
    return issued;
  }

  @Override
  @Transactional
  public Plan close(UUID planId) {
    Plan closed = lockPlan(planId).movedTo(PlanStatus.CLOSED);
    store.update(closed);
    audit.updated(
        PlanAuditLog.PLAN,
        closed.id().toString(),
        closed.issuingUnitCode(),
        "close plan " + closed.number());
    return closed;
  }

  @Override
  @Transactional
  public Plan reopen(UUID planId) {
    Plan current = lockPlan(planId);
    if (current.status() != PlanStatus.CLOSED) {
      throw new PlanStateException(
          "plan-status-transition", "Only a closed plan is reopened, not a " + current.status());
    }
    Plan reopened = current.movedTo(PlanStatus.IN_PROGRESS);
    store.update(reopened);
    audit.updated(
        PlanAuditLog.PLAN,
        reopened.id().toString(),
        reopened.issuingUnitCode(),
        "reopen plan " + reopened.number());
    refresh(reopened, today());
    return reopened;
  }

  @Override
  @Transactional
  public Target addTarget(UUID planId, PlanCommands.NewTarget command) {
    Plan plan = lockPlan(planId).requireChangeable();
    Target target = targetOf(command);
    List<Violation> violations = new ArrayList<>();
    target.check().forEach(violations::add);
    plan.checkDeadline(violations, "/deadline", target.deadline());
    Units units = unitsForChange(plan);
    for (int i = 0; i < target.scope().unitCodes().size(); i++) {
      Plan.checkUnit(violations, units, "/scope/unitCodes/" + i, target.scope().unitCodes().get(i));
    }
    PlanRuleViolation.throwIfAny(violations);
    List<Target> all = new ArrayList<>(plan.targets());
    all.add(target);
    Plan updated = plan.withTargets(all);
    store.insertTargets(planId, List.of(target), plan.targets().size());
    store.update(updated);
    audit.updated(
        PlanAuditLog.PLAN,
        planId.toString(),
        plan.issuingUnitCode(),
        "add target " + target.id() + " to plan " + plan.number());
    return target;
  }

  // --- tasks ----------------------------------------------------------------------------------

  @Override
  @Transactional
  public Task addTask(PlanCommands.AddTask c) {
    Plan plan = lockPlan(c.planId()).requireChangeable();
    LocalDate today = today();
    List<Task> existing = store.tasksOf(plan.id());
    List<Violation> violations = new ArrayList<>();
    if (c.parentTaskId() != null
        && existing.stream().noneMatch(t -> t.id().equals(c.parentTaskId()))) {
      violations.add(
          new Violation(
              "/parentTaskId", "unknown-parent-task", "The parent is not a task of this plan"));
    }
    String number = c.task().number() == null ? null : c.task().number().strip();
    if (existing.stream().anyMatch(t -> t.number().equals(number))) {
      violations.add(
          new Violation("/number", "duplicate-task-number", "Task number " + number + " is taken"));
    }
    Units units = unitsForChange(plan);
    Task task = taskOf(plan, c.task(), UUID.randomUUID(), c.parentTaskId(), existing.size());
    violations.addAll(task.check(plan, units));
    List<String> assigned = assigneesOf(c.task(), task, units, "", violations);
    PlanRuleViolation.throwIfAny(violations);
    store.insertTasks(List.of(task));
    store.insertAssignments(plan.id(), assignmentsOf(task, assigned, today));
    store.refreshInvolvement(plan.id());
    store.update(plan.touched());
    audit.created(
        PlanAuditLog.TASK,
        task.id().toString(),
        task.leadUnitCode(),
        "add task " + task.number() + " to plan " + plan.number());
    if (plan.status().isActive()) {
      events.taskAssigned(task, assigned);
      refresh(plan, today);
    }
    return task;
  }

  @Override
  @Transactional
  public Task updateTask(PlanCommands.UpdateTask c) {
    Task current =
        store.findTask(c.taskId()).orElseThrow(() -> PlanNotFoundException.task(c.taskId()));
    Plan plan = lockPlan(current.planId()).requireChangeable();
    current = store.findTask(c.taskId()).orElseThrow();
    checkRevision("task", current.revision(), c.expectedRevision());
    LocalDate today = today();
    Task changed =
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
    List<Violation> violations = new ArrayList<>();
    Units units =
        Objects.equals(changed.leadUnitCode(), current.leadUnitCode())
                && changed.coordinatingUnitCodes().equals(current.coordinatingUnitCodes())
            ? unitsOn(plan.issuedOn())
            : unitsForChange(plan);
    violations.addAll(changed.check(plan, units));
    PlanRuleViolation.throwIfAny(violations);
    if (Boolean.TRUE.equals(c.cancelled()) && current.status() != ProgressStatus.CANCELLED) {
      changed =
          new Task(
              changed.id(),
              changed.planId(),
              changed.parentTaskId(),
              changed.number(),
              changed.ordinal(),
              changed.content(),
              changed.leadUnitCode(),
              changed.coordinatingUnitCodes(),
              changed.deadline(),
              changed.approvingAuthority(),
              changed.responsibilities(),
              changed.weight(),
              ProgressStatus.CANCELLED,
              changed.revision());
    } else if (Boolean.FALSE.equals(c.cancelled())
        && current.status() == ProgressStatus.CANCELLED) {
      changed =
          new Task(
              changed.id(),
              changed.planId(),
              changed.parentTaskId(),
              changed.number(),
              changed.ordinal(),
              changed.content(),
              changed.leadUnitCode(),
              changed.coordinatingUnitCodes(),
              changed.deadline(),
              changed.approvingAuthority(),
              changed.responsibilities(),
              changed.weight(),
              ProgressStatus.NOT_STARTED,
              changed.revision());
    }
    store.update(changed);
    boolean active = plan.status().isActive();
    if (!Objects.equals(changed.dueDate(), current.dueDate())) {
      for (Assignment a : store.assignmentsOf(changed.id())) {
        Assignment moved = a.dueOn(changed.dueDate(), today);
        store.update(moved);
        if (active && moved.status() != a.status()) {
          events.taskStatusChanged(
              changed.id(),
              plan.id(),
              a.unitCode(),
              a.status(),
              moved.status(),
              moved.percentComplete(),
              today);
        }
      }
    }
    if (active && changed.status() != current.status()) {
      if (changed.status() == ProgressStatus.CANCELLED) {
        events.taskStatusChanged(
            changed.id(),
            plan.id(),
            null,
            current.status(),
            ProgressStatus.CANCELLED,
            BigDecimal.ZERO,
            today);
      }
    }
    store.refreshInvolvement(plan.id());
    store.update(plan.touched());
    audit.updated(
        PlanAuditLog.TASK,
        changed.id().toString(),
        changed.leadUnitCode(),
        c.cancelled() == null
            ? "update task " + changed.number()
            : (c.cancelled() ? "cancel task " : "reinstate task ") + changed.number());
    if (active) {
      if (changed.status() != ProgressStatus.CANCELLED && announcedStateChanged(current, changed)) {
        events.taskAssigned(changed, unitsOf(store.assignmentsOf(changed.id())));
      }
      refresh(plan, today);
    }
    return store.findTask(changed.id()).orElseThrow();
  }

  @Override
  @Transactional
  public Task moveTask(PlanCommands.MoveTask c) {
    Task current =
        store.findTask(c.taskId()).orElseThrow(() -> PlanNotFoundException.task(c.taskId()));
    Plan plan = lockPlan(current.planId()).requireChangeable();
    List<Task> tasks = store.tasksOf(plan.id());
    Map<UUID, UUID> parentOf = new HashMap<>();
    for (Task t : tasks) {
      if (t.parentTaskId() != null) {
        parentOf.put(t.id(), t.parentTaskId());
      }
    }
    if (c.parentTaskId() != null) {
      if (tasks.stream().noneMatch(t -> t.id().equals(c.parentTaskId()))) {
        throw new PlanRuleViolation(
            "/parentTaskId", "unknown-parent-task", "The parent is not a task of this plan");
      }
      parentOf.put(current.id(), c.parentTaskId());
    } else {
      parentOf.remove(current.id());
    }
    TaskTree.findCycle(parentOf)
        .ifPresent(
            cycle -> {
              throw new PlanRuleViolation(
                  "/parentTaskId",
                  "task-cycle",
                  "Task " + current.number() + " would sit under its own sub-task");
            });
    Task moved = current.withParent(c.parentTaskId());
    store.update(moved);
    store.update(plan.touched());
    audit.updated(
        PlanAuditLog.TASK,
        moved.id().toString(),
        moved.leadUnitCode(),
        "move task " + moved.number());
    if (plan.status().isActive()) {
      if (moved.status() != ProgressStatus.CANCELLED) {
        events.taskAssigned(moved, unitsOf(store.assignmentsOf(moved.id())));
      }
      refresh(plan, today());
    }
    return moved;
  }

  @Override
  @Transactional
  public List<Assignment> addAssignments(PlanCommands.AddAssignments c) {
    Task task =
        store.findTask(c.taskId()).orElseThrow(() -> PlanNotFoundException.task(c.taskId()));
    Plan plan = lockPlan(task.planId()).requireChangeable();
    LocalDate today = today();
    Units units = unitsForChange(plan);
    List<Violation> violations = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < c.unitCodes().size(); i++) {
      String code = c.unitCodes().get(i) == null ? null : c.unitCodes().get(i).strip();
      Plan.checkUnit(violations, units, "/unitCodes/" + i, code);
      codes.add(code);
    }
    for (UnitGroup group : c.groups()) {
      codes.addAll(units.group(group));
    }
    if (codes.isEmpty()) {
      violations.add(new Violation("/unitCodes", "required", "Name units or groups to assign"));
    }
    PlanRuleViolation.throwIfAny(violations);
    List<Assignment> current = store.assignmentsOf(task.id());
    Set<String> assigned = new LinkedHashSet<>(unitsOf(current));
    List<String> added = codes.stream().filter(code -> !assigned.contains(code)).toList();
    List<Assignment> created = assignmentsOf(task, added, today);
    if (!created.isEmpty()) {
      store.insertAssignments(plan.id(), created);
      store.refreshInvolvement(plan.id());
      audit.updated(
          PlanAuditLog.TASK,
          task.id().toString(),
          task.leadUnitCode(),
          "assign task " + task.number() + " to " + added.size() + " more units");
      if (plan.status().isActive() && task.status() != ProgressStatus.CANCELLED) {
        assigned.addAll(added);
        events.taskAssigned(task, List.copyOf(assigned));
        refresh(plan, today);
      }
    }
    return created;
  }

  // --- progress -------------------------------------------------------------------------------

  @Override
  @Transactional
  public Assignment updateAssignment(PlanCommands.UpdateAssignment c) {
    Task task =
        store.findTask(c.taskId()).orElseThrow(() -> PlanNotFoundException.task(c.taskId()));
    Plan plan = lockPlan(task.planId()).requireActive();
    if (task.status() == ProgressStatus.CANCELLED) {
      throw new PlanStateException(
          "task-cancelled", "Task " + task.number() + " is cancelled: no progress is recorded");
    }
    Assignment current =
        store
            .lockAssignment(task.id(), c.unitCode())
            .orElseThrow(
                () ->
                    new PlanNotFoundException(
                        "assignment-not-found", task.id() + "/" + c.unitCode()));
    if (c.expectedRevision() != null) {
      checkRevision("assignment", current.revision(), c.expectedRevision());
    }
    LocalDate today = today();
    Assignment updated = current.updated(c.status(), c.percentComplete(), c.byDepartment(), today);
    if (updated.sameProgressAs(current)) {
      return current;
    }
    store.update(updated);
    audit.updated(
        PlanAuditLog.ASSIGNMENT,
        task.id() + "/" + updated.unitCode(),
        updated.unitCode(),
        "progress of task "
            + task.number()
            + ": "
            + updated.status()
            + " "
            + updated.percentComplete().toPlainString()
            + " %");
    events.taskStatusChanged(
        task.id(),
        plan.id(),
        updated.unitCode(),
        current.status(),
        updated.status(),
        updated.percentComplete(),
        today);
    boolean progressed =
        updated.percentComplete().signum() > 0
            || updated.status() == ProgressStatus.IN_PROGRESS
            || updated.status() == ProgressStatus.COMPLETED;
    if (plan.status() == PlanStatus.ISSUED && progressed) {
      plan = plan.movedTo(PlanStatus.IN_PROGRESS);
      store.update(plan);
      audit.updated(
          PlanAuditLog.PLAN,
          plan.id().toString(),
          plan.issuingUnitCode(),
          "plan " + plan.number() + " in progress: first progress recorded");
    }
    recomputeTaskStatuses(plan, today);
    return updated;
  }

  // --- overdue --------------------------------------------------------------------------------

  @Override
  public PlanViews.OverdueRun detectOverdue(LocalDate today) {
    int plans = 0;
    int assignments = 0;
    int tasks = 0;
    for (UUID planId : store.activePlanIds()) {
      PlanViews.OverdueRun run = detectOverdue(planId, today);
      plans += run.plans();
      assignments += run.assignments();
      tasks += run.tasks();
    }
    return new PlanViews.OverdueRun(today, plans, assignments, tasks);
  }

  /** One plan in its own transaction, so a long run never holds many plans' locks. */
  @Override
  public PlanViews.OverdueRun detectOverdue(UUID planId, LocalDate today) {
    int[] changed =
        transactions.execute(
            status -> {
              Plan plan = store.lock(planId).orElse(null);
              if (plan == null || !plan.status().isActive()) {
                return new int[] {0, 0};
              }
              return refresh(plan, today);
            });
    return new PlanViews.OverdueRun(today, 1, changed[0], changed[1]);
  }

  /**
   * Brings a plan's stored statuses to {@code today}: open assignments past their due date become
   * overdue, then task statuses are derived again; each transition is announced and audited.
   *
   * @return the number of assignments and of tasks that changed
   */
  private int[] refresh(Plan plan, LocalDate today) {
    List<PlanStore.OverdueTransition> overdue = store.markOverdue(plan.id(), today);
    Map<UUID, Integer> perTask = new LinkedHashMap<>();
    for (PlanStore.OverdueTransition t : overdue) {
      events.taskStatusChanged(
          t.taskId(),
          plan.id(),
          t.unitCode(),
          t.fromStatus(),
          ProgressStatus.OVERDUE,
          t.percent(),
          today);
      perTask.merge(t.taskId(), 1, Integer::sum);
    }
    perTask.forEach(
        (taskId, count) ->
            audit.updated(
                PlanAuditLog.TASK,
                taskId.toString(),
                plan.issuingUnitCode(),
                "overdue detection on " + today + ": " + count + " assignments overdue"));
    return new int[] {overdue.size(), recomputeTaskStatuses(plan, today)};
  }

  private int recomputeTaskStatuses(Plan plan, LocalDate today) {
    List<Task> tasks = store.tasksOf(plan.id());
    Map<UUID, AssignmentSummary> summaries = store.summaries(List.of(plan.id()), today);
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            tasks.stream()
                .map(t -> TaskNode.of(t, summaries.getOrDefault(t.id(), AssignmentSummary.NONE)))
                .toList(),
            today);
    int changed = 0;
    for (Task task : tasks) {
      ProgressStatus derived = rollUp.statusOf(task.id());
      if (task.status() == ProgressStatus.CANCELLED || derived == task.status()) {
        continue;
      }
      store.update(task.withStatus(derived));
      events.taskStatusChanged(
          task.id(), plan.id(), null, task.status(), derived, rollUp.percentOf(task.id()), today);
      audit.updated(
          PlanAuditLog.TASK,
          task.id().toString(),
          task.leadUnitCode(),
          "task " + task.number() + " " + task.status() + " → " + derived);
      changed++;
    }
    return changed;
  }

  // --- helpers --------------------------------------------------------------------------------

  private Plan lockPlan(UUID planId) {
    return store.lock(planId).orElseThrow(() -> PlanNotFoundException.plan(planId));
  }

  private static void checkRevision(String what, long current, long expected) {
    if (current != expected) {
      throw new StaleRevisionException(what, current);
    }
  }

  private LocalDate today() {
    return PlatformTime.today(clock);
  }

  private Units unitsOn(LocalDate date) {
    return new TreeUnits(tree, date);
  }

  /** The tree for units named after the plan was recorded: today, or the plan's date if later. */
  private Units unitsForChange(Plan plan) {
    LocalDate today = today();
    return unitsOn(plan.issuedOn().isAfter(today) ? plan.issuedOn() : today);
  }

  private static Target targetOf(PlanCommands.NewTarget t) {
    return new Target(
        UUID.randomUUID(),
        t.indicator(),
        t.unitOfMeasure(),
        t.targetValue(),
        t.baseline(),
        t.minValue(),
        t.maxValue(),
        t.deadline(),
        t.scope(),
        t.source());
  }

  private static Task taskOf(
      Plan plan, PlanCommands.NewTask t, UUID id, UUID parentId, int ordinal) {
    return new Task(
        id,
        plan.id(),
        parentId,
        t.number(),
        ordinal,
        t.content(),
        t.leadUnitCode(),
        t.coordinatingUnitCodes(),
        t.deadline(),
        t.approvingAuthority(),
        t.responsibilities(),
        t.weight(),
        ProgressStatus.NOT_STARTED,
        1);
  }

  /** The units carrying out a new task: named units and groups, or else the lead unit. */
  private static List<String> assigneesOf(
      PlanCommands.NewTask t, Task task, Units units, String at, List<Violation> violations) {
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < t.assignedUnitCodes().size(); i++) {
      String code =
          t.assignedUnitCodes().get(i) == null ? null : t.assignedUnitCodes().get(i).strip();
      Plan.checkUnit(violations, units, at + "/assignedUnitCodes/" + i, code);
      codes.add(code);
    }
    for (UnitGroup group : t.assignedGroups()) {
      codes.addAll(units.group(group));
    }
    if (codes.isEmpty() && task.leadUnitCode() != null) {
      codes.add(task.leadUnitCode());
    }
    codes.remove(null);
    return List.copyOf(codes);
  }

  private static List<Assignment> assignmentsOf(Task task, List<String> units, LocalDate today) {
    return units.stream()
        .map(code -> Assignment.newFor(task.id(), code, task.dueDate(), today))
        .toList();
  }

  private static List<String> unitsOf(List<Assignment> assignments) {
    return assignments.stream().map(Assignment::unitCode).toList();
  }

  /** Links each legal basis to the plan of this system with its number, when exactly one has it. */
  private List<LegalBasis> linkLegalBases(List<LegalBasis> bases, List<Violation> violations) {
    List<LegalBasis> linked = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      LegalBasis basis = bases.get(i);
      if (basis.planId() != null) {
        if (store.find(basis.planId()).isEmpty()) {
          violations.add(
              new Violation("/legalBases/" + i + "/planId", "unknown-plan", "No plan has this id"));
        }
        linked.add(basis);
      } else {
        List<UUID> matches = store.findByNumber(basis.documentNumber());
        linked.add(matches.size() == 1 ? basis.linkedTo(matches.getFirst()) : basis);
      }
    }
    return linked;
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
