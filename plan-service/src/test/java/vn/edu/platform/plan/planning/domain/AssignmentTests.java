package vn.edu.platform.plan.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;

/** A unit's own progress on its assignment. */
class AssignmentTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  final Assignment fresh =
      Assignment.newFor(UUID.randomUUID(), "S311002", LocalDate.of(2026, 6, 30), TODAY);

  @Test
  void aPercentageAloneMeansInProgressAndAHundredMeansCompleted() {
    Assignment started = fresh.updated(null, new BigDecimal("40"), false, TODAY);
    Assignment finished = started.updated(null, new BigDecimal("100"), false, TODAY);

    assertThat(started.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
    assertThat(started.revision()).isEqualTo(2);
    assertThat(finished.status()).isEqualTo(ProgressStatus.COMPLETED);
  }

  @Test
  void completedIsAHundredPercentAndNotStartedZero() {
    assertThat(fresh.updated(ProgressStatus.COMPLETED, null, false, TODAY).percentComplete())
        .isEqualByComparingTo("100");
    assertThatThrownBy(
            () -> fresh.updated(ProgressStatus.COMPLETED, new BigDecimal("90"), false, TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().code()).isEqualTo("status-percent-mismatch"));
    assertThatThrownBy(
            () -> fresh.updated(ProgressStatus.NOT_STARTED, new BigDecimal("5"), false, TODAY))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void onlyTheSystemSetsOverdueAndOnlyTheDepartmentCancels() {
    assertThatThrownBy(() -> fresh.updated(ProgressStatus.OVERDUE, null, true, TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().code()).isEqualTo("system-status"));
    assertThatThrownBy(() -> fresh.updated(ProgressStatus.CANCELLED, null, false, TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().code()).isEqualTo("department-only"));
    assertThat(fresh.updated(ProgressStatus.CANCELLED, null, true, TODAY).status())
        .isEqualTo(ProgressStatus.CANCELLED);
  }

  @Test
  void workPastItsDueDateStaysOverdueUntilCompleted() {
    LocalDate late = LocalDate.of(2026, 7, 2);
    Assignment overdue = fresh.withStatusAsOf(late);

    assertThat(overdue.status()).isEqualTo(ProgressStatus.OVERDUE);
    assertThat(overdue.updated(null, new BigDecimal("70"), false, late).status())
        .isEqualTo(ProgressStatus.OVERDUE);
    assertThat(overdue.updated(ProgressStatus.COMPLETED, null, false, late).status())
        .isEqualTo(ProgressStatus.COMPLETED);
  }

  @Test
  void movingTheDeadlineLaterReopensOverdueWork() {
    LocalDate late = LocalDate.of(2026, 7, 2);
    Assignment overdue =
        fresh.updated(null, new BigDecimal("30"), false, TODAY).withStatusAsOf(late);

    Assignment moved = overdue.dueOn(LocalDate.of(2026, 9, 30), late);

    assertThat(moved.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
    assertThat(moved.percentComplete()).isEqualByComparingTo("30");
  }

  @Test
  void refusesPercentagesOutsideZeroToHundred() {
    assertThatThrownBy(() -> fresh.updated(null, new BigDecimal("101"), false, TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().pointer()).isEqualTo("/percentComplete"));
  }
}
