package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.application.port.in.ManagePlansUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.PlanQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Changes;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.TaskTree;
import vn.edu.platform.plan.planning.domain.Units;

/**
 * The department's work on plan documents: record, edit, issue, close, reopen, add a target. Each
 * command locks its plan row first, so the changes of one plan queue up (a plan sees at most a few
 * hundred changes a day; different plans never wait for each other).
 */
@Service
class ManagePlansService implements ManagePlansUseCase {

  private final PlanRepository plans;
  private final TaskRepository tasks;
  private final AssignmentRepository assignments;
  private final PlanProjections projections;
  private final PlanChanges changes;
  private final PlanStatuses statuses;
  private final PlanUnits units;
  private final PlanQuery queries;

  ManagePlansService(
      PlanRepository plans,
      TaskRepository tasks,
      AssignmentRepository assignments,
      PlanProjections projections,
      PlanChanges changes,
      PlanStatuses statuses,
      PlanUnits units,
      PlanQuery queries) {
    this.plans = plans;
    this.tasks = tasks;
    this.assignments = assignments;
    this.projections = projections;
    this.changes = changes;
    this.statuses = statuses;
    this.units = units;
    this.queries = queries;
  }

  @Override
  @Transactional
  public PlanViews.PlanDetail create(PlanCommands.CreatePlan c) {
    LocalDate today = units.today();
    List<Violation> violations = new ArrayList<>();
    if (c.status() != null && c.status() != PlanStatus.DRAFT && c.status() != PlanStatus.ISSUED) {
      violations.add(
          Violation.withMessage(
              "/status", "initial-status", "A plan is recorded as DRAFT or ISSUED"));
    }
    List<Target> targets = c.targets().stream().map(PlanDocuments::targetOf).toList();
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
    Units tree = units.on(plan.issuedOn() == null ? today : plan.issuedOn());
    violations.addAll(plan.check(tree));

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
            Violation.withMessage(
                "/tasks/" + i + "/number",
                "duplicate-task-number",
                "Task number " + number + " is used twice in the plan"));
      }
    }
    List<Task> newTasks = new ArrayList<>();
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
              Violation.withMessage(
                  at + "/parentNumber",
                  "unknown-parent-task",
                  "No task of the plan has number " + t.parentNumber()));
        } else {
          parentOf.put(id, parentId);
        }
      }
      Task task = PlanDocuments.taskOf(plan, t, id, parentId, i);
      task.check(plan, tree).forEach(v -> violations.add(v.under(at)));
      assignees.put(id, PlanDocuments.assigneesOf(t, task, tree, at, violations));
      newTasks.add(task);
    }
    TaskTree.findCycle(parentOf)
        .ifPresent(
            cycle ->
                violations.add(
                    Violation.withMessage(
                        "/tasks/" + indexOf.get(cycle.getFirst()) + "/parentNumber",
                        "task-cycle",
                        "Tasks "
                            + cycle.stream()
                                .map(id -> c.tasks().get(indexOf.get(id)).number())
                                .toList()
                            + " are each other's parents")));
    RuleViolation.throwIfAny(Plan.RULES, violations);

    plans
        .findByNumber(plan.issuingUnitCode(), plan.number())
        .ifPresent(
            existing -> {
              throw new AlreadyExists("plan-exists", plan.number(), existing);
            });
    if (!plans.insert(plan)) {
      throw new AlreadyExists(
          "plan-exists",
          plan.number(),
          String.valueOf(plans.findByNumber(plan.issuingUnitCode(), plan.number()).orElse(null)));
    }
    tasks.insert(newTasks);
    List<PlanEvent> recorded = new ArrayList<>();
    for (Task task : newTasks) {
      assignments.insert(
          planId, PlanDocuments.assignmentsOf(task, assignees.get(task.id()), today));
      recorded.add(new PlanEvent.TaskRecorded(task, "record task"));
    }
    projections.refreshInvolvement(planId);
    recorded.add(new PlanEvent.PlanRecorded(plan, newTasks.size()));
    changes.record(recorded);
    if (c.status() == PlanStatus.ISSUED) {
      issueLocked(plan, today);
    }
    return queries.get(Viewer.department(), planId);
  }

  @Override
  @Transactional
  public Plan update(PlanCommands.UpdatePlan c) {
    Plan current = lock(c.planId()).requireChangeable();
    c.expectedRevision().verify("plan " + c.planId(), current.revision());
    List<Violation> violations = new ArrayList<>();
    boolean draft = current.status() == PlanStatus.DRAFT;
    if (!draft
        && ((c.number() != null && !Objects.equals(c.number().strip(), current.number()))
            || (c.issuedOn() != null && !c.issuedOn().equals(current.issuedOn())))) {
      violations.add(
          Violation.withMessage(
              c.number() != null ? "/number" : "/issuedOn",
              "frozen-field",
              "A plan's number and date are fixed once it is issued"));
      RuleViolation.throwIfAny(Plan.RULES, violations);
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
    violations.addAll(updated.check(units.on(updated.issuedOn())));
    if (!updated.issuedOn().equals(current.issuedOn())) {
      for (Task task : tasks.ofPlan(current.id())) {
        List<Violation> late = new ArrayList<>();
        updated.checkDeadline(late, "/issuedOn", task.deadline());
        if (!late.isEmpty()) {
          violations.add(
              Violation.withMessage(
                  "/issuedOn",
                  "deadline-before-plan-date",
                  "Task " + task.number() + " is due before " + updated.issuedOn()));
        }
      }
    }
    RuleViolation.throwIfAny(Plan.RULES, violations);
    if (!updated.number().equals(current.number())) {
      plans
          .findByNumber(updated.issuingUnitCode(), updated.number())
          .ifPresent(
              existing -> {
                throw new AlreadyExists("plan-exists", updated.number(), existing);
              });
    }
    plans.update(updated);
    changes.record(List.of(new PlanEvent.PlanEdited(updated)));
    return updated;
  }

  @Override
  @Transactional
  public Plan issue(UUID planId) {
    return issueLocked(lock(planId), units.today());
  }

  private Plan issueLocked(Plan plan, LocalDate today) {
    Changes<Plan> issue = plan.issue(today);
    Plan issued = issue.state();
    plans.update(issued);
    List<PlanEvent> raised = new ArrayList<>(issue.events());
    for (Task task : tasks.ofPlan(issued.id())) {
      if (task.status() != ProgressStatus.CANCELLED) {
        raised.add(new PlanEvent.TaskAssigned(task, unitsOf(assignments.ofTask(task.id()))));
      }
    }
    changes.record(raised);
    statuses.refresh(issued, today);
    return issued;
  }

  @Override
  @Transactional
  public Plan close(UUID planId) {
    return store(lock(planId).close(units.today()));
  }

  @Override
  @Transactional
  public Plan reopen(UUID planId) {
    LocalDate today = units.today();
    Plan reopened = store(lock(planId).reopen(today));
    statuses.refresh(reopened, today);
    return reopened;
  }

  @Override
  @Transactional
  public Target addTarget(UUID planId, PlanCommands.NewTarget command) {
    Plan plan = lock(planId).requireChangeable();
    Target target = PlanDocuments.targetOf(command);
    List<Violation> violations = new ArrayList<>(target.check());
    plan.checkDeadline(violations, "/deadline", target.deadline());
    Units tree = units.forChange(plan);
    for (int i = 0; i < target.scope().unitCodes().size(); i++) {
      Plan.checkUnit(violations, tree, "/scope/unitCodes/" + i, target.scope().unitCodes().get(i));
    }
    RuleViolation.throwIfAny(Plan.RULES, violations);
    plans.addTarget(planId, target, plan.targets().size());
    store(plan.addTarget(target));
    return target;
  }

  private Plan store(Changes<Plan> transition) {
    plans.update(transition.state());
    return changes.record(transition);
  }

  private Plan lock(UUID planId) {
    return plans.lock(planId).orElseThrow(() -> new NotFound("plan-not-found", planId));
  }

  private static List<String> unitsOf(List<Assignment> assigned) {
    return assigned.stream().map(Assignment::unitCode).toList();
  }

  /** Links each legal basis to the plan of this system with its number, when exactly one has it. */
  private List<LegalBasis> linkLegalBases(List<LegalBasis> bases, List<Violation> violations) {
    List<LegalBasis> linked = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      LegalBasis basis = bases.get(i);
      if (basis.planId() != null) {
        if (plans.find(basis.planId()).isEmpty()) {
          violations.add(
              Violation.withMessage(
                  "/legalBases/" + i + "/planId", "unknown-plan", "No plan has this id"));
        }
        linked.add(basis);
      } else {
        List<UUID> matches = plans.findByNumber(basis.documentNumber());
        linked.add(matches.size() == 1 ? basis.linkedTo(matches.getFirst()) : basis);
      }
    }
    return linked;
  }
}
