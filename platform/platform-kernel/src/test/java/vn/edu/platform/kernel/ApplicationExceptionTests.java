package vn.edu.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationExceptionTests {

  @Test
  void expectedRevisionRefusesAStaleOneWithBothRevisions() {
    assertThatThrownBy(() -> ExpectedRevision.of(2).verify("plan 7", 3))
        .isInstanceOfSatisfying(
            StaleRevision.class,
            stale -> {
              assertThat(stale.code()).isEqualTo("precondition-failed");
              assertThat(stale.expected()).isEqualTo(2);
              assertThat(stale.actual()).isEqualTo(3);
              assertThat(stale.subject()).isEqualTo("plan 7");
            });
  }

  @Test
  void expectedRevisionAcceptsTheCurrentOneAndAnyAcceptsAll() {
    ExpectedRevision.of(3).verify("plan 7", 3);
    ExpectedRevision.any().verify("plan 7", 42);

    assertThat(ExpectedRevision.any().isAny()).isTrue();
    assertThat(ExpectedRevision.of(3).revision()).hasValue(3);
    assertThat(ExpectedRevision.of(3)).isEqualTo(ExpectedRevision.of(3));
  }

  @Test
  void ruleViolationCollectsEveryRuleAndRefusesNone() {
    List<Violation> rules =
        List.of(
            Violation.at("/deadline", "deadline-before-plan-date", "2026-01-01").under("/tasks/3"),
            Violation.withMessage("/title", "required", "title is required"));

    RuleViolation violation = new RuleViolation("plan-rule", rules);

    assertThat(violation.violations())
        .extracting(Violation::pointer)
        .containsExactly("/tasks/3/deadline", "/title");
    assertThat(violation.violations().getFirst().args()).containsExactly("2026-01-01");
    assertThatIllegalArgumentException().isThrownBy(() -> new RuleViolation(List.of()));
    RuleViolation.throwIfAny("plan-rule", List.of());
    assertThatThrownBy(() -> RuleViolation.throwIfAny("plan-rule", rules))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void codesAreKebabCase() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFound("Plan Not Found"));
    assertThatIllegalArgumentException().isThrownBy(() -> Violation.at("/x", "camelCase"));
    assertThat(new AccessDenied("S311002").args()).containsExactly("S311002");
    assertThat(new AlreadyExists("plan-exists", "12/KH", "id-1").args())
        .containsExactly("12/KH", "id-1");
    assertThat(
            new AlreadyExists("org-unit-exists", List.of(Violation.at("/code", "duplicate-code")))
                .violations())
        .extracting(Violation::pointer)
        .containsExactly("/code");
    assertThat(new StateConflict("plan-closed", "closed").violations()).isEmpty();
  }
}
