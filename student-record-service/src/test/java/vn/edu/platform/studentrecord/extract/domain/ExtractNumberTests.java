package vn.edu.platform.studentrecord.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An extract's number in its school's register of the year. */
class ExtractNumberTests {

  @Test
  void theNumberIsTheSchoolTheYearAndSixDigits() {
    assertThat(ExtractNumber.of("S311002", "2025-2026", 123).value())
        .isEqualTo("S311002-2025-2026-000123");
    assertThat(ExtractNumber.of("THCS-10507-01", "2025-2026", 1).value())
        .isEqualTo("THCS-10507-01-2025-2026-000001");
    assertThat(ExtractNumber.of("S311002", "2025-2026", 1_234_567).value())
        .isEqualTo("S311002-2025-2026-1234567");
  }

  @Test
  void sequencesStartAtOneAndYearsAreSchoolYears() {
    assertThatThrownBy(() -> ExtractNumber.of("S311002", "2025-2026", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtractNumber.of("S311002", "2025", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExtractNumber("S311002-2025-2026-12"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
