package vn.edu.platform.kernel;

import java.util.List;

/**
 * A document that breaks the rules, with every broken rule at once (so a frontend marks every field
 * of a long form in one round trip): 422 with the violations as the problem's {@code errors}. The
 * code names the rule set, e.g. {@code plan-rule}, {@code report-rule}; {@link #DEFAULT_CODE}
 * otherwise.
 */
public non-sealed class RuleViolation extends ApplicationException {

  public static final String DEFAULT_CODE = "rule-violated";

  private final transient List<Violation> violations;

  public RuleViolation(String code, List<Violation> violations) {
    super(code, messageOf(code, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A rule violation names at least one broken rule");
    }
    this.violations = List.copyOf(violations);
  }

  public RuleViolation(String code, Violation violation) {
    this(code, List.of(violation));
  }

  public RuleViolation(List<Violation> violations) {
    this(DEFAULT_CODE, violations);
  }

  @Override
  public List<Violation> violations() {
    return violations;
  }

  /** Throws when {@code violations} is not empty, so a check collects every rule first. */
  public static void throwIfAny(String code, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new RuleViolation(code, violations);
    }
  }

  private static String messageOf(String code, List<Violation> violations) {
    return code + " " + violations.stream().map(v -> v.pointer() + " " + v.code()).toList();
  }
}
