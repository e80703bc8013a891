package vn.edu.platform.kernel;

/**
 * The named thing does not exist, or the caller may not know that it exists (an object of another
 * unit answers the same, so ids cannot be probed): 404. The code names what is missing, e.g. {@code
 * plan-not-found}; {@link #DEFAULT_CODE} otherwise.
 */
public non-sealed class NotFound extends ApplicationException {

  public static final String DEFAULT_CODE = "not-found";

  public NotFound(String code, Object... args) {
    super(code, null, args);
  }
}
