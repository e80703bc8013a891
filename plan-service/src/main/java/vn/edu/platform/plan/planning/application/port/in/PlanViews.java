package vn.edu.platform.plan.planning.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/** What the queries answer, with progress rolled up as of the day asked. */
public final class PlanViews {

  private PlanViews() {}

  /** One page of results and how many match in all. */
  public record Slice<T>(List<T> items, long total) {
    public Slice {
      items = List.copyOf(items);
    }
  }

  /** A plan in a list. */
  public record PlanSummary(
      Plan plan, BigDecimal percentComplete, int taskCount, long overdueTaskCount) {}

  /**
   * A plan with its targets and the tasks the viewer may see, in plan order.
   *
   * @param asOf the day progress and statuses were computed for
   */
  public record PlanDetail(
      Plan plan,
      LocalDate asOf,
      BigDecimal percentComplete,
      int taskCount,
      long overdueTaskCount,
      List<TaskProgress> tasks) {
    public PlanDetail {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * A task with its rolled-up progress.
   *
   * @param status as of the day asked (overdue as soon as the deadline passed)
   * @param assignments the assignments counted by status
   * @param visibleAssignments the assignments the viewer may see in a plan view (its own units'),
   *     all of them in a task view for province-wide viewers
   */
  public record TaskProgress(
      Task task,
      BigDecimal percentComplete,
      ProgressStatus status,
      AssignmentSummary assignments,
      List<Assignment> visibleAssignments) {
    public TaskProgress {
      visibleAssignments = List.copyOf(visibleAssignments);
    }
  }

  /** One task with the plan it belongs to. */
  public record TaskDetail(Plan plan, LocalDate asOf, TaskProgress task) {}

  /**
   * One unit's assignment as "my tasks" and the reminders list it.
   *
   * @param dueOn the last day (for a recurring task: its next occurrence), null if none
   * @param status the assignment's status as of the day asked
   */
  public record DueItem(
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
      long revision) {

    public DueItem withDueOn(LocalDate day) {
      return new DueItem(
          taskId,
          planId,
          planNumber,
          planTitle,
          taskNumber,
          content,
          leadUnitCode,
          deadline,
          day,
          unitCode,
          status,
          percentComplete,
          updatedOn,
          revision);
    }
  }

  /**
   * Work due soon or overdue for some units, as of a day.
   *
   * @param reportsOverdue progress reports not submitted by their due date (the last year)
   * @param reportsDueSoon progress reports not submitted yet, due within {@code withinDays}
   */
  public record Reminders(
      LocalDate asOf,
      int withinDays,
      List<DueItem> overdue,
      List<DueItem> dueSoon,
      List<DueReport> reportsOverdue,
      List<DueReport> reportsDueSoon) {
    public Reminders {
      overdue = List.copyOf(overdue);
      dueSoon = List.copyOf(dueSoon);
      reportsOverdue = reportsOverdue == null ? List.of() : List.copyOf(reportsOverdue);
      reportsDueSoon = reportsDueSoon == null ? List.of() : List.copyOf(reportsDueSoon);
    }
  }

  /**
   * A progress report a unit still owes for one reporting period.
   *
   * @param taskId the task reported on, or null for a target
   * @param targetId the target reported on, or null for a task
   * @param title what is reported on (the task's content or the target's indicator)
   * @param periodCode e.g. {@code 2026}, {@code 2026-Q1}, {@code 2025-2026}
   * @param reportId the unit's draft, if it saved one
   * @param reportStatus {@code DRAFT} when the unit saved a draft, null without one
   */
  public record DueReport(
      UUID formId,
      UUID planId,
      String planNumber,
      UUID taskId,
      UUID targetId,
      String title,
      String unitCode,
      String periodCode,
      LocalDate dueOn,
      UUID reportId,
      String reportStatus) {}

  /** The reports some units owe: overdue and due soon. */
  public record DueReports(List<DueReport> overdue, List<DueReport> dueSoon) {
    public DueReports {
      overdue = List.copyOf(overdue);
      dueSoon = List.copyOf(dueSoon);
    }

    public static final DueReports NONE = new DueReports(List.of(), List.of());
  }

  /** What one run of the overdue detection changed. */
  public record OverdueRun(LocalDate day, int plans, int assignments, int tasks) {}
}
