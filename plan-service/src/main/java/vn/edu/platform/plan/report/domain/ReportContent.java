package vn.edu.platform.plan.report.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.edu.platform.kernel.Violation;

/**
 * What a unit reports for a period: a target's value, or a task's completion, and a narrative.
 *
 * @param value the indicator's value for the unit (target reports only), in its unit of measure
 * @param percentComplete the task's completion, 0-100 (task reports only)
 * @param narrative what was done, difficulties, proposals (stripped, NFC, at most {@value
 *     #MAX_NARRATIVE} characters)
 */
public record ReportContent(BigDecimal value, BigDecimal percentComplete, String narrative) {

  public static final int MAX_NARRATIVE = 4000;
  public static final ReportContent EMPTY = new ReportContent(null, null, null);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ReportContent {
    if (narrative != null) {
      narrative = Normalizer.normalize(narrative.strip(), Normalizer.Form.NFC);
      narrative = narrative.isEmpty() ? null : narrative;
    }
  }

  /**
   * The rules a draft already obeys: only the fields of its form's subject, values within range,
   * narrative not too long. Missing fields are allowed until submission ({@link #checkComplete}).
   *
   * @param range the target's range; null for a task report
   */
  public List<Violation> check(ReportForm form, ValueRange range) {
    List<Violation> violations = new ArrayList<>();
    if (form.onTask()) {
      if (value != null) {
        violations.add(
            Violation.withMessage(
                "/value", "not-applicable", "A task report has a completion, not a value"));
      }
      if (percentComplete != null
          && (percentComplete.signum() < 0 || percentComplete.compareTo(HUNDRED) > 0)) {
        violations.add(
            Violation.withMessage(
                "/percentComplete", "value-out-of-range", "A completion is between 0 and 100"));
      }
    } else {
      if (percentComplete != null) {
        violations.add(
            Violation.withMessage(
                "/percentComplete",
                "not-applicable",
                "A target report has a value, not a completion"));
      }
      if (value != null && range != null && !range.accepts(value)) {
        violations.add(
            Violation.withMessage(
                "/value",
                "value-out-of-range",
                "The value "
                    + value.toPlainString()
                    + " lies outside the indicator's range "
                    + range.label()));
      }
    }
    if (narrative != null && narrative.length() > MAX_NARRATIVE) {
      violations.add(
          Violation.withMessage(
              "/narrative",
              "too-long",
              "A narrative has at most " + MAX_NARRATIVE + " characters"));
    }
    return violations;
  }

  /**
   * What a submission needs besides {@link #check}: the value (targets) or the completion and a
   * narrative (tasks) when the form requires values; a narrative at least when it does not.
   */
  public List<Violation> checkComplete(ReportForm form) {
    List<Violation> violations = new ArrayList<>();
    if (form.valuesRequired()) {
      if (form.onTask() && percentComplete == null) {
        violations.add(
            Violation.withMessage(
                "/percentComplete", "required", "This form requires the task's completion"));
      }
      if (!form.onTask() && value == null) {
        violations.add(
            Violation.withMessage(
                "/value", "required", "This form requires the indicator's value"));
      }
    }
    boolean anything = value != null || percentComplete != null;
    if (narrative == null && (form.onTask() || !anything)) {
      violations.add(
          Violation.withMessage(
              "/narrative", "required", "Describe the work done in the period (narrative)"));
    }
    return violations;
  }
}
