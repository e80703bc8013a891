package vn.edu.platform.kernel;

import java.util.List;

/**
 * Something with the same identity exists already, e.g. a plan with that number ({@code
 * plan-exists}, the existing plan's id as an argument so the client can go there): 409. It may
 * point at the field that carries the identity ({@code /code} {@code duplicate-code}).
 */
public non-sealed class AlreadyExists extends ApplicationException {

  private final transient List<Violation> violations;

  public AlreadyExists(String code, Object... args) {
    this(code, List.of(), args);
  }

  public AlreadyExists(String code, List<Violation> violations, Object... args) {
    super(code, null, args);
    this.violations = List.copyOf(violations);
  }

  @Override
  public List<Violation> violations() {
    return violations;
  }
}
