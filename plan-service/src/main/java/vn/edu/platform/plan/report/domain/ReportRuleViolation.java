package vn.edu.platform.plan.report.domain;

import java.util.List;

/** A report form or report that breaks the rules, with every broken rule at once. */
public class ReportRuleViolation extends RuntimeException {

  private final transient List<ReportViolation> violations;

  public ReportRuleViolation(List<ReportViolation> violations) {
    super(violations.isEmpty() ? "report rule violated" : violations.getFirst().message());
    this.violations = List.copyOf(violations);
  }

  public ReportRuleViolation(String pointer, String code, String message) {
    this(List.of(new ReportViolation(pointer, code, message)));
  }

  public List<ReportViolation> violations() {
    return violations;
  }

  /** Throws when {@code violations} is not empty. */
  public static void throwIfAny(List<ReportViolation> violations) {
    if (!violations.isEmpty()) {
      throw new ReportRuleViolation(violations);
    }
  }
}
