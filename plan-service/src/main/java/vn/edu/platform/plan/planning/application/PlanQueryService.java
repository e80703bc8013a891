package vn.edu.platform.plan.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.planning.application.port.in.DueTasksQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanFilters;
import vn.edu.platform.plan.planning.application.port.in.PlanLookup;
import vn.edu.platform.plan.planning.application.port.in.PlanQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.PlanViews.DueItem;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.application.port.out.DueReportsSource;
import vn.edu.platform.plan.planning.application.port.out.PlanReadModel;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressRollUp;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.TaskNode;
import vn.edu.platform.plan.planning.domain.TaskTree;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Reads plans as the viewer may see them, with progress rolled up on reading (as of today in
 * Vietnam), so a deadline that passed shows as overdue before the nightly scan stores it. The
 * reminders add the progress reports the units owe, asked lazily of the report feature (which
 * itself reads plans through {@link PlanLookup}).
 */
@Service
@Transactional(readOnly = true)
class PlanQueryService implements PlanQuery, DueTasksQuery, PlanLookup {

  private final PlanRepository plans;
  private final TaskRepository tasks;
  private final AssignmentRepository assignments;
  private final PlanReadModel reads;
  private final Clock clock;
  private final ObjectProvider<DueReportsSource> dueReports;

  PlanQueryService(
      PlanRepository plans,
      TaskRepository tasks,
      AssignmentRepository assignments,
      PlanReadModel reads,
      Clock clock,
      ObjectProvider<DueReportsSource> dueReports) {
    this.plans = plans;
    this.tasks = tasks;
    this.assignments = assignments;
    this.reads = reads;
    this.clock = clock;
    this.dueReports = dueReports;
  }

  @Override
  public Optional<Plan> plan(UUID planId) {
    return plans.find(planId);
  }

  @Override
  public Optional<Task> task(UUID taskId) {
    return tasks.find(taskId);
  }

  @Override
  public List<Assignment> assignments(UUID taskId) {
    return assignments.ofTask(taskId);
  }

  @Override
  public PlanViews.Slice<PlanViews.PlanSummary> list(Viewer viewer, PlanFilters.PlanFilter filter) {
    LocalDate today = today();
    PlanReadModel.Page<Plan> page =
        reads.plans(
            new PlanReadModel.PlanCriteria(
                viewer.provinceWide(),
                viewer.seesDrafts(),
                viewer.unitCodes(),
                filter.status(),
                filter.year(),
                filter.issuingUnitCode(),
                filter.unitCode(),
                filter.text(),
                filter.offset(),
                filter.limit()));
    List<UUID> ids = page.items().stream().map(Plan::id).toList();
    Map<UUID, List<Task>> tasks = reads.tasksOf(ids);
    Map<UUID, AssignmentSummary> summaries = assignments.summaries(ids, today);
    List<PlanViews.PlanSummary> items = new ArrayList<>();
    for (Plan plan : page.items()) {
      List<Task> planTasks = tasks.getOrDefault(plan.id(), List.of());
      ProgressRollUp rollUp = rollUp(planTasks, summaries, today);
      items.add(
          new PlanViews.PlanSummary(
              plan, rollUp.planPercent(), planTasks.size(), rollUp.overdueCount()));
    }
    return new PlanViews.Slice<>(items, page.total());
  }

  @Override
  public PlanViews.PlanDetail get(Viewer viewer, UUID planId) {
    LocalDate today = today();
    Plan plan = visiblePlan(viewer, planId);
    List<Task> tasks = this.tasks.ofPlan(planId);
    Map<UUID, AssignmentSummary> summaries = assignments.summaries(List.of(planId), today);
    ProgressRollUp rollUp = rollUp(tasks, summaries, today);
    Set<UUID> visible;
    Map<UUID, List<Assignment>> own = new HashMap<>();
    if (viewer.provinceWide()) {
      visible = null;
    } else {
      for (Assignment a : reads.assignmentsOf(planId, viewer.unitCodes())) {
        own.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a.withStatusAsOf(today));
      }
      visible = visibleTasks(tasks, viewer, own.keySet());
    }
    List<PlanViews.TaskProgress> views = new ArrayList<>();
    for (Task task : tasks) {
      if (visible == null || visible.contains(task.id())) {
        views.add(
            new PlanViews.TaskProgress(
                task,
                rollUp.percentOf(task.id()),
                rollUp.statusOf(task.id()),
                summaries.getOrDefault(task.id(), AssignmentSummary.NONE),
                own.getOrDefault(task.id(), List.of())));
      }
    }
    return new PlanViews.PlanDetail(
        plan, today, rollUp.planPercent(), tasks.size(), rollUp.overdueCount(), views);
  }

  @Override
  public PlanViews.TaskDetail task(Viewer viewer, UUID taskId) {
    LocalDate today = today();
    Task task = tasks.find(taskId).orElseThrow(() -> new NotFound("task-not-found", taskId));
    Plan plan;
    try {
      plan = visiblePlan(viewer, task.planId());
    } catch (NotFound e) {
      throw new NotFound("task-not-found", taskId);
    }
    List<Task> planTasks = tasks.ofPlan(plan.id());
    Map<UUID, AssignmentSummary> summaries = this.assignments.summaries(List.of(plan.id()), today);
    ProgressRollUp rollUp = rollUp(planTasks, summaries, today);
    List<Assignment> assignments =
        this.assignments.ofTask(taskId).stream()
            .filter(a -> viewer.provinceWide() || viewer.unitCodes().contains(a.unitCode()))
            .map(a -> a.withStatusAsOf(today))
            .toList();
    if (!viewer.provinceWide()) {
      Set<UUID> assigned = assignments.isEmpty() ? Set.of() : Set.of(taskId);
      if (!visibleTasks(planTasks, viewer, assigned).contains(taskId)) {
        throw new NotFound("task-not-found", taskId);
      }
    }
    return new PlanViews.TaskDetail(
        plan,
        today,
        new PlanViews.TaskProgress(
            task,
            rollUp.percentOf(taskId),
            rollUp.statusOf(taskId),
            summaries.getOrDefault(taskId, AssignmentSummary.NONE),
            assignments));
  }

  @Override
  public PlanViews.Slice<DueItem> assignments(PlanFilters.DueFilter filter) {
    PlanReadModel.Page<PlanReadModel.WorkItem> page = reads.work(criteriaOf(filter));
    return new PlanViews.Slice<>(
        page.items().stream().map(PlanQueryService::dueItemOf).toList(), page.total());
  }

  @Override
  public PlanViews.Reminders reminders(Set<String> unitCodes, LocalDate today, int withinDays) {
    LocalDate until = today.plusDays(withinDays);
    List<DueItem> overdue =
        assignments(
                new PlanFilters.DueFilter(
                    unitCodes,
                    false,
                    List.of(ProgressStatus.OVERDUE),
                    null,
                    null,
                    null,
                    today,
                    0,
                    Integer.MAX_VALUE))
            .items();
    List<DueItem> dueSoon =
        new ArrayList<>(
            assignments(
                    new PlanFilters.DueFilter(
                        unitCodes,
                        false,
                        List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS),
                        today,
                        until,
                        null,
                        today,
                        0,
                        Integer.MAX_VALUE))
                .items());
    for (PlanReadModel.RecurringItem recurring : reads.recurringWork(unitCodes, today)) {
      DueItem item = dueItemOf(recurring.item());
      item.deadline()
          .schedule()
          .flatMap(rule -> rule.nextOn(recurring.seriesStart(), today))
          .filter(next -> !next.isAfter(until))
          .ifPresent(next -> dueSoon.add(item.withDueOn(next)));
    }
    dueSoon.sort(
        Comparator.comparing(DueItem::dueOn)
            .thenComparing(DueItem::planNumber)
            .thenComparing(DueItem::taskNumber)
            .thenComparing(DueItem::unitCode));
    DueReportsSource reports = dueReports.getIfAvailable();
    PlanViews.DueReports owed =
        reports == null
            ? PlanViews.DueReports.NONE
            : reports.dueReports(unitCodes, today, withinDays);
    return new PlanViews.Reminders(
        today, withinDays, overdue, dueSoon, owed.overdue(), owed.dueSoon());
  }

  @Override
  public boolean sees(Viewer viewer, UUID planId) {
    return plans.find(planId).filter(plan -> sees(viewer, plan)).isPresent();
  }

  private Plan visiblePlan(Viewer viewer, UUID planId) {
    Plan plan = plans.find(planId).orElseThrow(() -> new NotFound("plan-not-found", planId));
    if (!sees(viewer, plan)) {
      throw new NotFound("plan-not-found", planId);
    }
    return plan;
  }

  private boolean sees(Viewer viewer, Plan plan) {
    boolean draft = plan.status() == PlanStatus.DRAFT;
    return viewer.provinceWide()
        ? !draft || viewer.seesDrafts()
        : !draft && reads.involves(plan.id(), viewer.unitCodes());
  }

  /**
   * The tasks that involve the viewer's units (as lead, coordinating or assigned unit), with their
   * ancestors so the tree keeps its shape.
   */
  private static Set<UUID> visibleTasks(List<Task> tasks, Viewer viewer, Set<UUID> assigned) {
    Map<UUID, UUID> parentOf = new HashMap<>();
    for (Task t : tasks) {
      if (t.parentTaskId() != null) {
        parentOf.put(t.id(), t.parentTaskId());
      }
    }
    Set<UUID> visible = new HashSet<>();
    for (Task t : tasks) {
      boolean involved =
          assigned.contains(t.id())
              || viewer.unitCodes().contains(t.leadUnitCode())
              || t.coordinatingUnitCodes().stream().anyMatch(viewer.unitCodes()::contains);
      if (involved) {
        visible.add(t.id());
        visible.addAll(TaskTree.ancestorsOf(t.id(), parentOf));
      }
    }
    return visible;
  }

  private static ProgressRollUp rollUp(
      List<Task> tasks, Map<UUID, AssignmentSummary> summaries, LocalDate today) {
    return ProgressRollUp.of(
        tasks.stream()
            .map(t -> TaskNode.of(t, summaries.getOrDefault(t.id(), AssignmentSummary.NONE)))
            .toList(),
        today);
  }

  private static PlanReadModel.WorkCriteria criteriaOf(PlanFilters.DueFilter f) {
    return new PlanReadModel.WorkCriteria(
        f.unitCodes(),
        f.withSubunits(),
        f.statuses(),
        f.dueFrom(),
        f.dueTo(),
        f.planId(),
        f.today(),
        f.offset(),
        f.limit());
  }

  private static DueItem dueItemOf(PlanReadModel.WorkItem w) {
    return new DueItem(
        w.taskId(),
        w.planId(),
        w.planNumber(),
        w.planTitle(),
        w.taskNumber(),
        w.content(),
        w.leadUnitCode(),
        w.deadline(),
        w.dueOn(),
        w.unitCode(),
        w.status(),
        w.percentComplete(),
        w.updatedOn(),
        w.revision());
  }

  private LocalDate today() {
    return PlatformTime.today(clock);
  }
}
