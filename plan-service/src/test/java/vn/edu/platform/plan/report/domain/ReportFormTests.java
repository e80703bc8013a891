package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;

class ReportFormTests {

  private static final LocalDate PLAN_START = LocalDate.of(2025, 9, 17);
  private static final LocalDate PLAN_END = LocalDate.of(2030, 12, 31);

  static ReportForm yearly(String first, String last) {
    return ReportForm.define(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        null,
        "Báo cáo học bạ số",
        PeriodType.YEAR,
        DueRule.annual(11, 10),
        first,
        last,
        true,
        List.of(),
        PLAN_START,
        PLAN_END);
  }

  private static List<String> pointersOf(Runnable define) {
    try {
      define.run();
      return List.of();
    } catch (RuleViolation e) {
      return e.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    }
  }

  @Test
  void listsItsPeriodsWithTheirDueDates() {
    ReportForm form = yearly("2025", "2027");

    assertThat(form.periods())
        .extracting(ReportingPeriod::code)
        .containsExactly("2025", "2026", "2027");
    assertThat(form.dueOn(form.period("2026"))).isEqualTo(LocalDate.of(2026, 11, 10));
  }

  @Test
  void keepsItsPeriodsWithinThePlan() {
    assertThat(pointersOf(() -> yearly("2024", "2031")))
        .containsExactlyInAnyOrder("/firstPeriod outside-plan", "/lastPeriod outside-plan");
    assertThat(pointersOf(() -> yearly("2027", "2026")))
        .containsExactly("/lastPeriod before-first-period");
    assertThat(pointersOf(() -> yearly("2026-Q1", "2027")))
        .containsExactly("/firstPeriod invalid-period");
  }

  @Test
  void refusesADayOfTheYearForQuarterlyReports() {
    assertThat(
            pointersOf(
                () ->
                    ReportForm.define(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        UUID.randomUUID(),
                        null,
                        PeriodType.QUARTER,
                        DueRule.annual(11, 10),
                        "2026-Q1",
                        "2026-Q4",
                        true,
                        List.of(),
                        PLAN_START,
                        PLAN_END)))
        .containsExactly("/dueRule/kind rule-period-mismatch");
  }

  @Test
  void answersAPeriodThatDoesNotExistForTheFormAtThePeriodPointer() {
    ReportForm form = yearly("2025", "2027");

    assertThatThrownBy(() -> form.period("2028"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.pointer() + " " + v.code())
                    .containsExactly("/period unknown-period"));
    assertThatThrownBy(() -> form.period("2026-11"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.violations().getFirst().code()).isEqualTo("invalid-period"));
    assertThatThrownBy(() -> form.openPeriod("2027", LocalDate.of(2026, 11, 28)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.violations().getFirst().code()).isEqualTo("period-not-open"));
    assertThat(form.openPeriod("2026", LocalDate.of(2026, 11, 28)).code()).isEqualTo("2026");
  }
}
