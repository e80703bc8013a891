package vn.edu.platform.plan.planning.domain;

/**
 * One broken rule of a plan document, located by an RFC 6901 pointer into the request that carried
 * it (e.g. {@code /tasks/3/deadline}), with a stable code such as {@code
 * deadline-before-plan-date}.
 */
public record Violation(String pointer, String code, String message) {

  /** The same violation located under {@code prefix} (e.g. {@code /tasks/3}). */
  public Violation under(String prefix) {
    return new Violation(prefix + pointer, code, message);
  }
}
