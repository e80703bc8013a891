package vn.edu.platform.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule, located by an RFC 6901 pointer into the request that carried it ({@code
 * /tasks/3/deadline}; {@code ""} for the whole document; a parameter name for a query or path
 * parameter), with a stable code such as {@code deadline-before-plan-date}.
 *
 * <p>The text people read is the bundle's {@code violation.<code>} with {@link #args()} as its
 * placeholders, in the caller's language; {@link #defaultMessage()} is shown where the bundle has
 * none.
 */
public record Violation(String pointer, String code, String defaultMessage, List<Object> args) {

  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    ApplicationException.requireCode(code);
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A violation whose text comes from the bundle's {@code violation.<code>}. */
  public static Violation at(String pointer, String code, Object... args) {
    return new Violation(pointer, code, null, args == null ? List.of() : Arrays.asList(args));
  }

  /** A violation with a fixed text, for rules whose text is not in a bundle yet. */
  public static Violation withMessage(String pointer, String code, String message) {
    return new Violation(pointer, code, message, List.of());
  }

  /** The same violation located under {@code prefix}, e.g. {@code /tasks/3}. */
  public Violation under(String prefix) {
    return new Violation(prefix + pointer, code, defaultMessage, args);
  }
}
