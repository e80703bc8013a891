package vn.edu.platform.starter.web.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Thrown by application code to answer with an RFC 9457 problem.
 *
 * <p>The {@code code} is the stable, machine-readable error code (kebab-case, e.g. {@code
 * unknown-org-unit}); its title and detail are looked up in the message bundles as {@code
 * problem.<code>.title} and {@code problem.<code>.detail} (Vietnamese and English, by
 * Accept-Language), with {@code detailArgs} as the {@code {0}}, {@code {1}} placeholders. Never put
 * personal data in the arguments: problems are logged.
 */
public class ApiProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient Object[] detailArgs;
  private final List<FieldViolation> violations;

  public ApiProblemException(HttpStatus status, String code, Object... detailArgs) {
    this(status, code, List.of(), detailArgs);
  }

  public ApiProblemException(
      HttpStatus status, String code, List<FieldViolation> violations, Object... detailArgs) {
    super(code);
    this.status = status;
    this.code = code;
    this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
    this.violations = List.copyOf(violations);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] detailArgs() {
    return detailArgs.clone();
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  public static ApiProblemException notFound(String code, Object... args) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, code, args);
  }

  public static ApiProblemException invalid(List<FieldViolation> violations) {
    return new ApiProblemException(HttpStatus.BAD_REQUEST, "validation-failed", violations);
  }

  public static ApiProblemException conflict(String code, Object... args) {
    return new ApiProblemException(HttpStatus.CONFLICT, code, args);
  }
}
