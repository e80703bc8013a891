package vn.edu.platform.plan.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;

/** Deadlines as plans state them, and the day each kind passes. */
class DeadlineTests {

  @Test
  void aDateIsDueOnThatDayAndOverdueTheDayAfter() {
    Deadline deadline = Deadline.on(LocalDate.of(2025, 8, 30));

    assertThat(deadline.lastDay()).contains(LocalDate.of(2025, 8, 30));
    assertThat(deadline.hasPassed(LocalDate.of(2025, 8, 30))).isFalse();
    assertThat(deadline.hasPassed(LocalDate.of(2025, 8, 31))).isTrue();
    assertThat(deadline.label()).isEqualTo("30/08/2025");
  }

  @Test
  void aMonthIsDueByItsLastDay() {
    Deadline june = Deadline.in(YearMonth.of(2026, 6));

    assertThat(june.lastDay()).contains(LocalDate.of(2026, 6, 30));
    assertThat(june.hasPassed(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(june.hasPassed(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(june.label()).isEqualTo("Tháng 6/2026");
    assertThat(Deadline.in(YearMonth.of(2024, 2)).lastDay()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aQuarterIsDueByTheLastDayOfItsThirdMonth() {
    Deadline q3 = Deadline.inQuarter(2025, 3);

    assertThat(q3.lastDay()).contains(LocalDate.of(2025, 9, 30));
    assertThat(q3.hasPassed(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(q3.hasPassed(LocalDate.of(2025, 9, 30))).isFalse();
    assertThat(q3.label()).isEqualTo("Quý III/2025");
    assertThat(Deadline.inQuarter(2025, 4).lastDay()).contains(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aYearIsDueByThirtyFirstDecember() {
    Deadline year = Deadline.inYear(2027);

    assertThat(year.lastDay()).contains(LocalDate.of(2027, 12, 31));
    assertThat(year.hasPassed(LocalDate.of(2028, 1, 1))).isTrue();
    assertThat(year.label()).isEqualTo("Năm 2027");
  }

  @Test
  void aRecurringDeadlineNeverPasses() {
    Deadline continuous = Deadline.recurring(null);
    Deadline yearly = Deadline.recurring("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10");

    assertThat(continuous.lastDay()).isEmpty();
    assertThat(continuous.hasPassed(LocalDate.of(2099, 1, 1))).isFalse();
    assertThat(continuous.label()).isEqualTo("Thường xuyên");
    assertThat(yearly.hasPassed(LocalDate.of(2099, 1, 1))).isFalse();
    assertThat(yearly.schedule()).isPresent();
  }

  @Test
  void roundTripsThroughItsStoredValue() {
    for (Deadline d :
        new Deadline[] {
          Deadline.on(LocalDate.of(2025, 3, 31)),
          Deadline.in(YearMonth.of(2026, 8)),
          Deadline.inQuarter(2025, 2),
          Deadline.inYear(2030),
          Deadline.recurring("FREQ=MONTHLY;BYMONTHDAY=-1")
        }) {
      assertThat(Deadline.of(d.kind(), d.value(), d.recurrence())).isEqualTo(d);
    }
  }

  @Test
  void refusesFieldsOfAnotherKindAndMalformedValues() {
    assertThatThrownBy(
            () ->
                new Deadline(DeadlineKind.MONTH, LocalDate.of(2026, 1, 1), null, null, null, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().pointer()).isIn("/date", "/month"));
    assertThatThrownBy(() -> new Deadline(DeadlineKind.QUARTER, null, null, "2025-Q5", null, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().code()).isEqualTo("invalid-quarter"));
    assertThatThrownBy(() -> Deadline.recurring("FREQ=HOURLY"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.violations().getFirst().code()).isEqualTo("unsupported-recurrence"));
  }
}
