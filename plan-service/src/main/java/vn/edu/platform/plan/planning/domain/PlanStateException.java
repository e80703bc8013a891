package vn.edu.platform.plan.planning.domain;

/**
 * A change the plan's current state does not allow, e.g. changing a closed plan ({@code
 * plan-closed}) or issuing it twice ({@code plan-status-transition}); answered as a conflict.
 */
public class PlanStateException extends RuntimeException {

  private final String code;

  public PlanStateException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
