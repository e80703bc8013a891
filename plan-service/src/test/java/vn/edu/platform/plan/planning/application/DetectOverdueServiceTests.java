package vn.edu.platform.plan.planning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.planning.application.PlanningHarness.TODAY;

import org.junit.jupiter.api.Test;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanEvent;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/** The nightly overdue scan, on in-memory out-ports. */
class DetectOverdueServiceTests {

  private final PlanningHarness harness = new PlanningHarness();

  @Test
  void openWorkPastItsDeadlineGoesOverdueOnceAndTheTaskWithIt() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusDays(3), TODAY.plusMonths(2));
    Task early = harness.task(plan, "1");
    harness.progress(early, "S1", ProgressStatus.COMPLETED, 100);
    harness.events.clear();

    PlanViews.OverdueRun run = harness.detectOverdue.detectOverdue(TODAY.plusDays(4));
    PlanViews.OverdueRun again = harness.detectOverdue.detectOverdue(TODAY.plusDays(4));

    assertThat(run.plans()).isEqualTo(1);
    assertThat(run.assignments()).isEqualTo(1);
    assertThat(run.tasks()).isEqualTo(1);
    assertThat(again.assignments()).isZero();
    assertThat(again.tasks()).isZero();
    assertThat(harness.assignments.get(early.id(), "S2").status())
        .isEqualTo(ProgressStatus.OVERDUE);
    assertThat(harness.tasks.find(early.id()).orElseThrow().status())
        .isEqualTo(ProgressStatus.OVERDUE);
    assertThat(harness.events.of(PlanEvent.AssignmentStatusChanged.class))
        .singleElement()
        .satisfies(e -> assertThat(e.unitCode()).isEqualTo("S2"));
    assertThat(harness.audit.entries)
        .contains(
            "update plan-task SGD: overdue detection on "
                + TODAY.plusDays(4)
                + ": 1 assignments overdue");
  }

  @Test
  void aClosedPlanIsNotScanned() {
    Plan plan = harness.plan(PlanStatus.ISSUED, TODAY.plusDays(3));
    harness.managePlans.close(plan.id());

    PlanViews.OverdueRun run = harness.detectOverdue.detectOverdue(TODAY.plusDays(10));

    assertThat(run.plans()).isZero();
    assertThat(harness.assignments.get(harness.task(plan, "1").id(), "S1").status())
        .isEqualTo(ProgressStatus.NOT_STARTED);
  }
}
