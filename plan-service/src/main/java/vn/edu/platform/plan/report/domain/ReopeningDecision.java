package vn.edu.platform.plan.report.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * The department's decision that reopens approved data (quyết định mở lại số liệu): approved
 * reports are changed only this way, and the decision stays in the report's history and the audit
 * trail.
 *
 * @param number the decision's number and symbol, e.g. {@code 123/QĐ-SGDĐT}
 * @param date the decision's date, if given
 * @param reason why the data is reopened
 */
public record ReopeningDecision(String number, LocalDate date, String reason) {

  public ReopeningDecision {
    number = nfc(number);
    reason = nfc(reason);
    List<Violation> violations = new ArrayList<>();
    if (number == null || number.length() > 100) {
      violations.add(
          Violation.withMessage(
              "/decisionNumber", "required", "Reopening needs a decision number (≤ 100 chars)"));
    }
    if (reason == null || reason.length() > 2000) {
      violations.add(
          Violation.withMessage("/reason", "required", "Reopening needs a reason (≤ 2000 chars)"));
    }
    RuleViolation.throwIfAny(ReportForm.RULES, violations);
  }

  static String nfc(String text) {
    if (text == null) {
      return null;
    }
    String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    return normalised.isEmpty() ? null : normalised;
  }
}
