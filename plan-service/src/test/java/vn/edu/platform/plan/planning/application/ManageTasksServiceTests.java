package vn.edu.platform.plan.planning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.edu.platform.plan.planning.application.PlanningHarness.TODAY;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/** The department's commands on tasks, on in-memory out-ports. */
class ManageTasksServiceTests {

  private final PlanningHarness harness = new PlanningHarness();

  @Test
  void cancellingATaskOfARunningPlanAnnouncesItAsAWhole() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    harness.events.clear();

    Task cancelled = harness.cancel(task, true);

    assertThat(cancelled.status()).isEqualTo(ProgressStatus.CANCELLED);
    assertThat(harness.events.of(PlanEvent.TaskStatusChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo(ProgressStatus.NOT_STARTED);
              assertThat(e.task().status()).isEqualTo(ProgressStatus.CANCELLED);
              assertThat(e.derived()).isFalse();
            });
    assertThat(harness.events.of(PlanEvent.TaskAssigned.class)).isEmpty();
    assertThat(harness.audit.entries).contains("update plan-task SGD-VP: cancel task 1");
    assertThat(harness.projections.refreshed).contains("task " + task.id());
  }

  @Test
  void aReinstatedTaskIsAnnouncedAgainWithItsUnits() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task cancelled = harness.cancel(harness.task(plan, "1"), true);
    harness.events.clear();

    Task reinstated = harness.cancel(cancelled, false);

    assertThat(reinstated.status()).isEqualTo(ProgressStatus.NOT_STARTED);
    assertThat(harness.events.of(PlanEvent.TaskAssigned.class))
        .singleElement()
        .satisfies(e -> assertThat(e.assignedUnitCodes()).containsExactly("S1", "S2"));
  }

  @Test
  void movingTheDeadlineBackMakesOpenAssignmentsOverdueAtOnce() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    harness.progress(task, "S1", ProgressStatus.COMPLETED, 100);
    task = harness.tasks.find(task.id()).orElseThrow();
    harness.events.clear();

    ExpectedRevision current = ExpectedRevision.of(task.revision());
    Deadline yesterday = Deadline.on(TODAY.minusDays(1));
    harness.manageTasks.updateTask(
        new PlanCommands.UpdateTask(
            task.id(), current, null, null, null, yesterday, null, null, null, null));

    assertThat(harness.assignments.get(task.id(), "S2").status()).isEqualTo(ProgressStatus.OVERDUE);
    assertThat(harness.assignments.get(task.id(), "S1").status())
        .isEqualTo(ProgressStatus.COMPLETED);
    assertThat(harness.events.of(PlanEvent.AssignmentStatusChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.unitCode()).isEqualTo("S2");
              assertThat(e.to()).isEqualTo(ProgressStatus.OVERDUE);
            });
  }

  @Test
  void assigningMoreUnitsKeepsTheAssignedOnesAndAnnouncesTheWholeList() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    harness.progress(task, "S1", null, 30);
    harness.events.clear();

    var created =
        harness.manageTasks.addAssignments(
            new PlanCommands.AddAssignments(task.id(), List.of("S1", "X1"), List.of()));

    assertThat(created).extracting(a -> a.unitCode()).containsExactly("X1");
    assertThat(harness.assignments.get(task.id(), "S1").percentComplete())
        .isEqualByComparingTo(BigDecimal.valueOf(30));
    assertThat(harness.events.of(PlanEvent.TaskAssigned.class))
        .singleElement()
        .satisfies(e -> assertThat(e.assignedUnitCodes()).containsExactly("S1", "S2", "X1"));
    assertThat(harness.audit.entries)
        .contains("update plan-task SGD-VP: assign task 1 to 1 more units");
  }

  @Test
  void aTaskIsNotMovedUnderItsOwnSubTask() {
    Plan plan = harness.plan(PlanStatus.DRAFT, TODAY.plusMonths(1), TODAY.plusMonths(2));
    Task parent = harness.task(plan, "1");
    Task child = harness.task(plan, "2");
    harness.manageTasks.moveTask(new PlanCommands.MoveTask(child.id(), parent.id()));

    assertThatThrownBy(
            () -> harness.manageTasks.moveTask(new PlanCommands.MoveTask(parent.id(), child.id())))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("plan-rule");
              assertThat(v.violations())
                  .extracting(Violation::pointer, Violation::code)
                  .containsExactly(tuple("/parentTaskId", "task-cycle"));
              assertThat(v.violations().getFirst().defaultMessage()).contains("its own sub-task");
            });
    assertThat(harness.tasks.find(parent.id()).orElseThrow().parentTaskId()).isNull();
  }
}
