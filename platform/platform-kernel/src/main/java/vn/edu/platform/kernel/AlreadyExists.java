package vn.edu.platform.kernel;

/**
 * Something with the same identity exists already, e.g. a plan with that number ({@code
 * plan-exists}, the existing plan's id as an argument so the client can go there): 409.
 */
public non-sealed class AlreadyExists extends ApplicationException {

  public AlreadyExists(String code, Object... args) {
    super(code, null, args);
  }
}
