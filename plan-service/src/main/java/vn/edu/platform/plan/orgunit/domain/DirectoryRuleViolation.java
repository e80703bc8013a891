package vn.edu.platform.plan.orgunit.domain;

/**
 * A change the organisation directory refuses, with the field it concerns and a stable code, e.g.
 * {@code parentCode} / {@code cycle}. Adapters turn it into a problem response or a row error.
 */
public class DirectoryRuleViolation extends RuntimeException {

  private final String field;
  private final String code;

  public DirectoryRuleViolation(String field, String code, String message) {
    super(message);
    this.field = field;
    this.code = code;
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }
}
