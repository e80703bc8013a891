package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTests {

  @ParameterizedTest
  @CsvSource({
    "MONTH, 2026-02, 2026-02-01, 2026-02-28",
    "MONTH, 2024-02, 2024-02-01, 2024-02-29",
    "QUARTER, 2026-Q3, 2026-07-01, 2026-09-30",
    "HALF_YEAR, 2026-H1, 2026-01-01, 2026-06-30",
    "HALF_YEAR, 2026-H2, 2026-07-01, 2026-12-31",
    "YEAR, 2026, 2026-01-01, 2026-12-31",
    "SCHOOL_YEAR, 2025-2026, 2025-09-01, 2026-05-31"
  })
  void parsesEachTypeOfPeriodWithItsFirstAndLastDay(
      PeriodType type, String code, LocalDate start, LocalDate end) {
    ReportingPeriod period = ReportingPeriod.parse(type, code).orElseThrow();

    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    "MONTH, 2026-13",
    "MONTH, 2026-1",
    "QUARTER, 2026-Q5",
    "QUARTER, 2026",
    "HALF_YEAR, 2026-H3",
    "YEAR, 26",
    "YEAR, 2026-Q1",
    "SCHOOL_YEAR, 2025-2027",
    "SCHOOL_YEAR, 2026-2025",
    "YEAR, 1850"
  })
  void refusesCodesOfTheWrongShape(PeriodType type, String code) {
    assertThat(ReportingPeriod.parse(type, code)).isEmpty();
  }

  @Test
  void stepsToTheNextPeriodAcrossYears() {
    assertThat(ReportingPeriod.parse(PeriodType.MONTH, "2026-12").orElseThrow().next().code())
        .isEqualTo("2027-01");
    assertThat(ReportingPeriod.parse(PeriodType.QUARTER, "2026-Q4").orElseThrow().next().code())
        .isEqualTo("2027-Q1");
    assertThat(ReportingPeriod.parse(PeriodType.HALF_YEAR, "2026-H2").orElseThrow().next().code())
        .isEqualTo("2027-H1");
    assertThat(
            ReportingPeriod.parse(PeriodType.SCHOOL_YEAR, "2025-2026").orElseThrow().next().code())
        .isEqualTo("2026-2027");
  }

  @Test
  void aSummerDayBelongsToTheComingSchoolYear() {
    assertThat(ReportingPeriod.containing(PeriodType.SCHOOL_YEAR, LocalDate.of(2026, 5, 31)).code())
        .isEqualTo("2025-2026");
    assertThat(ReportingPeriod.containing(PeriodType.SCHOOL_YEAR, LocalDate.of(2026, 7, 15)).code())
        .isEqualTo("2026-2027");
    assertThat(ReportingPeriod.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 28)).code())
        .isEqualTo("2026-Q4");
  }
}
