package vn.edu.platform.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * A use case refused, for a reason the caller can act on. Each kind has one HTTP status (mapped by
 * the platform starter); {@link #code()} is the stable, machine-readable problem code (kebab-case)
 * whose title and detail the service's message bundle holds as {@code problem.<code>.title} /
 * {@code .detail}, with {@link #args()} as {@code {0}}, {@code {1}}…
 *
 * <p>Never put personal data in the arguments or the message: problems are logged.
 */
public abstract sealed class ApplicationException extends RuntimeException
    permits RuleViolation, StateConflict, AlreadyExists, NotFound, AccessDenied, StaleRevision {

  private final String code;
  private final transient List<Object> args;

  ApplicationException(String code, String message, Object... args) {
    super(message == null ? code : message, null, false, false);
    this.code = requireCode(code);
    this.args = args == null ? List.of() : List.copyOf(Arrays.asList(args));
  }

  /** The stable problem code, e.g. {@code plan-closed}. */
  public String code() {
    return code;
  }

  /** The field errors the problem lists; only rule violations and conflicts carry them. */
  public List<Violation> violations() {
    return List.of();
  }

  /** The values of the problem detail's placeholders, in order. */
  public List<Object> args() {
    return args;
  }

  static String requireCode(String code) {
    if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("A problem code is kebab-case: " + code);
    }
    return code;
  }
}
