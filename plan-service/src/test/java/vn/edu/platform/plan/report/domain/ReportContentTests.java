package vn.edu.platform.plan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.Violation;

class ReportContentTests {

  private static final ValueRange PERCENT =
      new ValueRange(BigDecimal.ZERO, BigDecimal.valueOf(100), "%");

  private static ReportForm form(boolean onTask) {
    return ReportForm.define(
        UUID.randomUUID(),
        UUID.randomUUID(),
        onTask ? UUID.randomUUID() : null,
        onTask ? null : UUID.randomUUID(),
        null,
        PeriodType.YEAR,
        DueRule.annual(11, 10),
        "2026",
        "2026",
        true,
        List.of(),
        LocalDate.of(2026, 1, 1),
        null);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(v -> v.pointer() + " " + v.code()).toList();
  }

  @Test
  void aTargetsValueLiesInTheIndicatorsRange() {
    ReportForm target = form(false);

    assertThat(
            codes(new ReportContent(new BigDecimal("100.01"), null, null).check(target, PERCENT)))
        .containsExactly("/value value-out-of-range");
    assertThat(new ReportContent(new BigDecimal("97.5"), null, null).check(target, PERCENT))
        .isEmpty();
    assertThat(codes(new ReportContent(null, BigDecimal.TEN, "x").check(target, PERCENT)))
        .containsExactly("/percentComplete not-applicable");
  }

  @Test
  void aTasksCompletionIsBetween0And100() {
    ReportForm task = form(true);

    assertThat(codes(new ReportContent(null, BigDecimal.valueOf(101), null).check(task, null)))
        .containsExactly("/percentComplete value-out-of-range");
    assertThat(codes(new ReportContent(BigDecimal.ONE, null, null).check(task, null)))
        .containsExactly("/value not-applicable");
  }

  @Test
  void aSubmissionCarriesWhatTheFormRequires() {
    assertThat(codes(ReportContent.EMPTY.checkComplete(form(true))))
        .containsExactlyInAnyOrder("/percentComplete required", "/narrative required");
    assertThat(codes(ReportContent.EMPTY.checkComplete(form(false))))
        .containsExactlyInAnyOrder("/value required", "/narrative required");
    assertThat(new ReportContent(BigDecimal.TEN, null, null).checkComplete(form(false))).isEmpty();
  }

  @Test
  void aNarrativeIsNormalisedAndLimited() {
    String decomposed = Normalizer.normalize("Học bạ số", Normalizer.Form.NFD);

    assertThat(new ReportContent(null, null, "  " + decomposed + " ").narrative())
        .isEqualTo("Học bạ số");
    assertThat(codes(new ReportContent(null, null, "a".repeat(4001)).check(form(true), null)))
        .containsExactly("/narrative too-long");
  }
}
