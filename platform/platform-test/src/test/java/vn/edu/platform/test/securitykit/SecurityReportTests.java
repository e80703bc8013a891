package vn.edu.platform.test.securitykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityReportTests {

  private static final KnownGap NUL_ACCEPTED =
      KnownGap.of(
          Map.of(
              "name", "nul-accepted",
              "issue", "#7",
              "check", "status",
              "categories", List.of("control-character"),
              "statuses", List.of(200, 409)));

  private static Finding finding(String category, int status) {
    return new Finding("status", category, "create", status, "POST /x", "why");
  }

  @Test
  void aKnownGapExplainsTheFindingsItNamesAndNoOthers() {
    SecurityReport report = new SecurityReport("t", Set.of("status"), List.of(NUL_ACCEPTED));

    report.record(finding("control-character", 409));
    report.record(finding("control-character", 500));
    report.record(finding("wrong-type", 200));

    assertThat(report.knownGapHits()).containsEntry("nul-accepted", 1);
    assertThat(report.unexpected()).extracting(Finding::status).containsExactly(500, 200);
    assertThatThrownBy(report::assertClean)
        .hasMessageContaining("2 unexplained findings")
        .hasMessageContaining("status [control-character] 500 ×1 in [create]");
  }

  @Test
  void aKnownGapThatExplainsNothingFailsTheRunSoTheListEmpties() {
    SecurityReport report = new SecurityReport("t", Set.of("status"), List.of(NUL_ACCEPTED));
    report.sent("control-character");

    assertThatThrownBy(report::assertClean)
        .hasMessageContaining("Known gaps that no longer occur")
        .hasMessageContaining("nul-accepted");
  }

  @Test
  void gapsOfAnotherRunsChecksAreNotThisRunsConcern() {
    SecurityReport report = new SecurityReport("t", Set.of("matrix"), List.of(NUL_ACCEPTED));
    report.sent("teacher-a");

    assertThatCode(report::assertClean).doesNotThrowAnyException();
    assertThat(report.requests()).isEqualTo(1);
  }

  @Test
  void aKnownGapNeedsANameAnIssueAndACheck() {
    assertThatThrownBy(() -> KnownGap.of(Map.of("name", "x", "check", "status")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'issue'");
  }
}
