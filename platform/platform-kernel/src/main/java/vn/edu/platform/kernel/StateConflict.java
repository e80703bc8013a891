package vn.edu.platform.kernel;

/**
 * A change the current state of an aggregate does not allow, e.g. changing a closed plan ({@code
 * plan-closed}) or issuing it twice: 409 with the given code.
 */
public non-sealed class StateConflict extends ApplicationException {

  public StateConflict(String code, String message, Object... args) {
    super(code, message, args);
  }
}
