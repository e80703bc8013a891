package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TallyTests {

  private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

  private static ProgressReport submitted(LocalDate on) {
    return ProgressReport.draft(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "S1",
            ReportingPeriod.parse(PeriodType.YEAR, "2026").orElseThrow(),
            DUE,
            new ReportContent(BigDecimal.ONE, null, null))
        .submitted(Instant.parse("2026-11-01T00:00:00Z"), on);
  }

  @Test
  void countsRateAndTimelinessAgainstTheExpectedUnits() {
    Tally tally =
        Tally.ofUnit(submitted(DUE))
            .plus(Tally.ofUnit(submitted(DUE.plusDays(3))))
            .plus(Tally.ofUnit(null));

    assertThat(tally).isEqualTo(new Tally(3, 2, 1, 0));
    assertThat(tally.rate()).isEqualByComparingTo("66.67");
    assertThat(tally.timeliness()).isEqualByComparingTo("33.33");
  }

  @Test
  void aDraftIsNotReceivedAndNobodyExpectedHasNoRate() {
    ProgressReport draft =
        ProgressReport.draft(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "S1",
            ReportingPeriod.parse(PeriodType.YEAR, "2026").orElseThrow(),
            DUE,
            ReportContent.EMPTY);

    assertThat(Tally.ofUnit(draft)).isEqualTo(new Tally(1, 0, 0, 0));
    assertThat(Tally.NONE.rate()).isNull();
    assertThat(Tally.NONE.timeliness()).isNull();
  }
}
