package vn.edu.platform.plan.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Progress rolled up the task tree: weighted by task, equal by assigned unit. */
class ProgressRollUpTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final LocalDate NEXT_MONTH = LocalDate.of(2026, 4, 30);

  static AssignmentSummary units(int notStarted, int inProgress, int completed, String sum) {
    return new AssignmentSummary(notStarted, inProgress, completed, 0, 0, new BigDecimal(sum));
  }

  static TaskNode node(UUID id, UUID parent, int weight, LocalDate due, AssignmentSummary a) {
    return new TaskNode(id, parent, BigDecimal.valueOf(weight), due, false, a);
  }

  @Test
  void aLeafTaskIsTheMeanOfItsAssignedUnits() {
    UUID task = UUID.randomUUID();
    // three schools at 100, 50 and 0
    ProgressRollUp rollUp =
        ProgressRollUp.of(List.of(node(task, null, 1, NEXT_MONTH, units(1, 1, 1, "150"))), TODAY);

    assertThat(rollUp.percentOf(task)).isEqualByComparingTo("50");
    assertThat(rollUp.statusOf(task)).isEqualTo(ProgressStatus.IN_PROGRESS);
    assertThat(rollUp.planPercent()).isEqualByComparingTo("50");
  }

  @Test
  void thePlanIsTheWeightedMeanOfItsTopLevelTasks() {
    UUID heavy = UUID.randomUUID();
    UUID light = UUID.randomUUID();
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(
                node(heavy, null, 3, NEXT_MONTH, units(0, 1, 0, "20")),
                node(light, null, 1, NEXT_MONTH, units(0, 0, 1, "100"))),
            TODAY);

    // (3 × 20 + 1 × 100) / 4 = 40
    assertThat(rollUp.planPercent()).isEqualByComparingTo("40");
  }

  @Test
  void aParentTaskIsTheWeightedMeanOfItsSubTasksNotOfItsOwnAssignments() {
    UUID parent = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(
                node(parent, null, 1, NEXT_MONTH, units(0, 0, 1, "100")),
                node(a, parent, 1, NEXT_MONTH, units(0, 1, 0, "60")),
                node(b, parent, 2, NEXT_MONTH, units(1, 0, 0, "0"))),
            TODAY);

    // (1 × 60 + 2 × 0) / 3 = 20, the parent's own 100 % does not count
    assertThat(rollUp.percentOf(parent)).isEqualByComparingTo("20");
    assertThat(rollUp.statusOf(parent)).isEqualTo(ProgressStatus.IN_PROGRESS);
    assertThat(rollUp.planPercent()).isEqualByComparingTo("20");
  }

  @Test
  void cancelledTasksAndAssignmentsAreLeftOut() {
    UUID kept = UUID.randomUUID();
    UUID cancelled = UUID.randomUUID();
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(
                node(
                    kept,
                    null,
                    1,
                    NEXT_MONTH,
                    new AssignmentSummary(0, 0, 1, 0, 4, new BigDecimal("100"))),
                new TaskNode(
                    cancelled, null, BigDecimal.TEN, NEXT_MONTH, true, units(1, 0, 0, "0"))),
            TODAY);

    assertThat(rollUp.percentOf(kept)).isEqualByComparingTo("100");
    assertThat(rollUp.statusOf(kept)).isEqualTo(ProgressStatus.COMPLETED);
    assertThat(rollUp.statusOf(cancelled)).isEqualTo(ProgressStatus.CANCELLED);
    assertThat(rollUp.planPercent()).isEqualByComparingTo("100");
  }

  @Test
  void aTaskPastItsDeadlineUnfinishedIsOverdueAndItsParentToo() {
    UUID parent = UUID.randomUUID();
    UUID late = UUID.randomUUID();
    UUID done = UUID.randomUUID();
    LocalDate yesterday = TODAY.minusDays(1);
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(
                node(parent, null, 1, yesterday, AssignmentSummary.NONE),
                node(late, parent, 1, yesterday, units(0, 1, 0, "80")),
                node(done, parent, 1, yesterday, units(0, 0, 2, "200"))),
            TODAY);

    assertThat(rollUp.statusOf(late)).isEqualTo(ProgressStatus.OVERDUE);
    assertThat(rollUp.statusOf(done)).isEqualTo(ProgressStatus.COMPLETED);
    assertThat(rollUp.statusOf(parent)).isEqualTo(ProgressStatus.OVERDUE);
    assertThat(rollUp.percentOf(parent)).isEqualByComparingTo("90");
    assertThat(rollUp.overdueCount()).isEqualTo(2);
  }

  @Test
  void aRecurringTaskIsNeverOverdueAsAWhole() {
    UUID recurring = UUID.randomUUID();
    ProgressRollUp rollUp =
        ProgressRollUp.of(List.of(node(recurring, null, 1, null, units(2, 0, 0, "0"))), TODAY);

    assertThat(rollUp.statusOf(recurring)).isEqualTo(ProgressStatus.NOT_STARTED);
  }

  @Test
  void aTaskIsCompletedWhenEveryAssignedUnitIs() {
    UUID task = UUID.randomUUID();
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(node(task, null, 1, TODAY.minusDays(10), units(0, 0, 3, "300"))), TODAY);

    assertThat(rollUp.statusOf(task)).isEqualTo(ProgressStatus.COMPLETED);
    assertThat(rollUp.percentOf(task)).isEqualByComparingTo("100");
  }
}
