package vn.edu.platform.plan.planning.domain;

import java.util.List;

/**
 * A plan, target, task or assignment that breaks the rules, with every broken rule at once (so a
 * frontend can mark all the fields of a long plan document in one round trip).
 */
public class PlanRuleViolation extends RuntimeException {

  private final transient List<Violation> violations;

  public PlanRuleViolation(List<Violation> violations) {
    super(violations.isEmpty() ? "plan rule violated" : violations.getFirst().message());
    this.violations = List.copyOf(violations);
  }

  public PlanRuleViolation(String pointer, String code, String message) {
    this(List.of(new Violation(pointer, code, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  /** Throws when {@code violations} is not empty. */
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new PlanRuleViolation(violations);
    }
  }
}
