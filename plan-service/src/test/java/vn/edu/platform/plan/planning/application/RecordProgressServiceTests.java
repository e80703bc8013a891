package vn.edu.platform.plan.planning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.plan.planning.application.PlanningHarness.TODAY;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/** A unit's report on its assignment, on in-memory out-ports. */
class RecordProgressServiceTests {

  private final PlanningHarness harness = new PlanningHarness();

  @Test
  void theFirstProgressPutsAnIssuedPlanInProgressOnce() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    harness.events.clear();

    harness.progress(task, "S1", null, 40);
    harness.progress(task, "S2", null, 10);

    assertThat(harness.stored(plan).status()).isEqualTo(PlanStatus.IN_PROGRESS);
    assertThat(harness.events.of(PlanEvent.PlanStatusChanged.class))
        .singleElement()
        .satisfies(e -> assertThat(e.from()).isEqualTo(PlanStatus.ISSUED));
    assertThat(harness.events.of(PlanEvent.ProgressRecorded.class))
        .extracting(e -> e.after().unitCode(), e -> e.after().status())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("S1", ProgressStatus.IN_PROGRESS),
            org.assertj.core.groups.Tuple.tuple("S2", ProgressStatus.IN_PROGRESS));
  }

  @Test
  void completingEveryAssignmentCompletesTheTaskAsAWhole() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");

    harness.progress(task, "S1", ProgressStatus.COMPLETED, 100);
    harness.progress(task, "S2", ProgressStatus.COMPLETED, 100);

    assertThat(harness.tasks.find(task.id()).orElseThrow().status())
        .isEqualTo(ProgressStatus.COMPLETED);
    assertThat(harness.events.of(PlanEvent.TaskStatusChanged.class))
        .extracting(PlanEvent.TaskStatusChanged::from, e -> e.task().status())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS),
            org.assertj.core.groups.Tuple.tuple(
                ProgressStatus.IN_PROGRESS, ProgressStatus.COMPLETED));
    assertThat(harness.audit.entries)
        .contains("update plan-task SGD-VP: task 1 IN_PROGRESS → COMPLETED");
  }

  @Test
  void theSameReportTwiceChangesAndAnnouncesNothing() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    Assignment first = harness.progress(task, "S1", null, 40);
    harness.events.clear();

    Assignment again = harness.progress(task, "S1", null, 40);

    assertThat(again.revision()).isEqualTo(first.revision());
    assertThat(harness.events.published).isEmpty();
  }

  @Test
  void aCancelledTaskTakesNoProgress() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");
    harness.cancel(task, true);

    assertThatThrownBy(() -> harness.progress(task, "S1", null, 40))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("cancelled");
    assertThat(harness.assignments.get(task.id(), "S1").percentComplete())
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void aDraftTakesNoProgress() {
    Plan plan = harness.plan(PlanStatus.DRAFT, TODAY.plusMonths(1));
    Task task = harness.task(plan, "1");

    assertThatThrownBy(() -> harness.progress(task, "S1", null, 40))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("not issued");
    assertThat(harness.events.of(PlanEvent.ProgressRecorded.class)).isEmpty();
  }
}
