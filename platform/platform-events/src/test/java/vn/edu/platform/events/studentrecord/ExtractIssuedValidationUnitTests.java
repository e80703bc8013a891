package vn.edu.platform.events.studentrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.events.fixtures.RecordCopies.with;

import org.junit.jupiter.api.Test;
import vn.edu.platform.events.fixtures.EventSamples;

/** The extract's event names its number in the school's register of the year, nothing else. */
class ExtractIssuedValidationUnitTests {

  private final ExtractIssued issued = EventSamples.extractIssued();

  @Test
  void theNumberIsTheSchoolTheYearAndASequenceOfSixDigitsAtLeast() {
    assertThat(with(issued, "extractNumber", "S311002-2025-2026-1234567").extractNumber())
        .isEqualTo("S311002-2025-2026-1234567");
    assertThatThrownBy(() -> with(issued, "extractNumber", "S311002-2025-2026-123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extractNumber");
    assertThatThrownBy(() -> with(issued, "extractNumber", "S311002-000123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNumberBelongsToTheRecordsSchoolAndYear() {
    assertThatThrownBy(() -> with(issued, "extractNumber", "S311003-2025-2026-000123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("school");
    assertThatThrownBy(() -> with(issued, "extractNumber", "S311002-2024-2025-000123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSchoolCodeWithHyphensStillNumbersItsExtracts() {
    ExtractIssued other =
        with(
            issued,
            "schoolCode",
            "THCS-10507-01",
            "extractNumber",
            "THCS-10507-01-2025-2026-000001");

    assertThat(other.extractNumber()).isEqualTo("THCS-10507-01-2025-2026-000001");
  }
}
