package vn.edu.platform.plan.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;

/** The occurrences of recurring tasks, e.g. the yearly report due before 10 November. */
class RecurrenceTests {

  static final LocalDate PLAN_DATE = LocalDate.of(2025, 7, 18);

  @Test
  void theYearlyReportFallsOnTenNovemberEachYear() {
    Recurrence rule = Recurrence.parse("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10");

    assertThat(rule.nextOn(PLAN_DATE, PLAN_DATE)).contains(LocalDate.of(2025, 11, 10));
    assertThat(rule.nextOn(PLAN_DATE, LocalDate.of(2025, 11, 10)))
        .contains(LocalDate.of(2025, 11, 10));
    assertThat(rule.nextOn(PLAN_DATE, LocalDate.of(2025, 11, 11)))
        .contains(LocalDate.of(2026, 11, 10));
  }

  @Test
  void aMonthlyRuleOnDayMinusOneFallsOnEachMonthsLastDay() {
    Recurrence rule = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=-1");

    assertThat(rule.nextOn(PLAN_DATE, LocalDate.of(2026, 2, 3)))
        .contains(LocalDate.of(2026, 2, 28));
    assertThat(rule.nextOn(PLAN_DATE, LocalDate.of(2026, 3, 1)))
        .contains(LocalDate.of(2026, 3, 31));
  }

  @Test
  void aQuarterlyReportIsMonthlyWithAnIntervalOfThree() {
    Recurrence rule = Recurrence.parse("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25");
    LocalDate start = LocalDate.of(2026, 1, 1);

    assertThat(rule.nextOn(start, LocalDate.of(2026, 1, 26))).contains(LocalDate.of(2026, 4, 25));
  }

  @Test
  void aWeeklyRuleFollowsItsDays() {
    Recurrence rule = Recurrence.parse("RRULE:FREQ=WEEKLY;BYDAY=MO,TH");

    // 2026-11-28 is a Saturday
    assertThat(rule.nextOn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 28)))
        .contains(LocalDate.of(2026, 11, 30));
  }

  @Test
  void missingPartsTakeTheStartsValues() {
    Recurrence rule = Recurrence.parse("FREQ=YEARLY");

    assertThat(rule.nextOn(PLAN_DATE, LocalDate.of(2026, 1, 1)))
        .contains(LocalDate.of(2026, 7, 18));
  }

  @Test
  void refusesRulesBeyondTheSupportedSubset() {
    for (String rule :
        new String[] {
          "FREQ=HOURLY", "FREQ=YEARLY;BYSETPOS=1", "BYMONTH=11", "FREQ=DAILY;BYDAY=MO"
        }) {
      assertThatThrownBy(() -> Recurrence.parse(rule)).as(rule).isInstanceOf(RuleViolation.class);
    }
  }
}
