package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

class DueRuleTests {

  private static ReportingPeriod period(PeriodType type, String code) {
    return ReportingPeriod.parse(type, code).orElseThrow();
  }

  @Test
  void before10NovemberEachYearIsDueOnThe10thOfNovemberOfTheYear() {
    DueRule rule = DueRule.annual(11, 10);

    assertThat(rule.dueOn(period(PeriodType.YEAR, "2026"))).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(rule.label()).isEqualTo("Ngày 10/11 hằng năm");
  }

  @Test
  void anAnnualDayOfASchoolYearIsItsFirstOccurrenceFromSeptember() {
    ReportingPeriod schoolYear = period(PeriodType.SCHOOL_YEAR, "2025-2026");

    assertThat(DueRule.annual(11, 10).dueOn(schoolYear)).isEqualTo(LocalDate.of(2025, 11, 10));
    assertThat(DueRule.annual(6, 15).dueOn(schoolYear)).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void aDayAfterThePeriodCountsMonthsFromItsLastMonth() {
    DueRule nextMonth5th = DueRule.afterPeriod(1, 5);
    DueRule sameMonth25th = DueRule.afterPeriod(0, 25);

    assertThat(nextMonth5th.dueOn(period(PeriodType.MONTH, "2026-12")))
        .isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(nextMonth5th.dueOn(period(PeriodType.QUARTER, "2026-Q1")))
        .isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(sameMonth25th.dueOn(period(PeriodType.MONTH, "2026-03")))
        .isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(nextMonth5th.label()).isEqualTo("Ngày 5 tháng sau kỳ báo cáo");
  }

  @Test
  void aDayBeyondTheMonthMeansItsLastDay() {
    DueRule endOfNextMonth = DueRule.afterPeriod(1, 31);
    DueRule leapDay = DueRule.annual(2, 29);

    assertThat(endOfNextMonth.dueOn(period(PeriodType.MONTH, "2026-01")))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(endOfNextMonth.dueOn(period(PeriodType.MONTH, "2026-03")))
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(leapDay.dueOn(period(PeriodType.YEAR, "2026"))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(leapDay.dueOn(period(PeriodType.YEAR, "2028"))).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void anAnnualDayFitsYearlyPeriodsOnly() {
    assertThat(DueRule.annual(11, 10).fits(PeriodType.YEAR)).isTrue();
    assertThat(DueRule.annual(11, 10).fits(PeriodType.SCHOOL_YEAR)).isTrue();
    assertThat(DueRule.annual(11, 10).fits(PeriodType.QUARTER)).isFalse();
    assertThat(DueRule.afterPeriod(1, 5).fits(PeriodType.MONTH)).isTrue();
  }

  @Test
  void refusesImpossibleRulesWithTheirPointers() {
    assertThatThrownBy(() -> DueRule.annual(2, 30))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.violations()).extracting(Violation::pointer).contains("/day"));
    assertThatThrownBy(() -> new DueRule(DueRule.Kind.AFTER_PERIOD, 11, 5, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactlyInAnyOrder("/monthsAfterPeriod", "/month"));
  }
}
