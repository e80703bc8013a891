package vn.edu.platform.starter.web.problem;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StaleRevision;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * The one translation of the kernel's application exceptions into problems, so that no service
 * writes an exception-translating advice: rule violation 422 (its violations as {@code errors}),
 * state conflict and already exists 409, not found 404, access denied 403 {@code
 * forbidden-org-unit}, stale revision 412 {@code precondition-failed}. The code is the exception's.
 */
public final class ApplicationProblems {

  private static final Logger log = LoggerFactory.getLogger(ApplicationProblems.class);

  private ApplicationProblems() {}

  /** The HTTP status of each kind of application exception. */
  public static HttpStatus statusOf(ApplicationException e) {
    return switch (e) {
      case RuleViolation r -> HttpStatus.UNPROCESSABLE_CONTENT;
      case StateConflict c -> HttpStatus.CONFLICT;
      case AlreadyExists x -> HttpStatus.CONFLICT;
      case NotFound n -> HttpStatus.NOT_FOUND;
      case AccessDenied d -> HttpStatus.FORBIDDEN;
      case StaleRevision s -> HttpStatus.PRECONDITION_FAILED;
    };
  }

  /** The problem for {@code e}, violation texts in {@code locale}. */
  public static ApiProblemException toProblem(
      ApplicationException e, ProblemMessages messages, Locale locale) {
    switch (e) {
      case AccessDenied denied ->
          log.warn("Access denied by the use case: targetUnit={}", denied.unitCode());
      case StaleRevision stale ->
          log.info(
              "Stale revision: {} expected={} actual={}",
              stale.subject(),
              stale.expected(),
              stale.actual());
      default -> {}
    }
    List<FieldViolation> violations =
        e.violations().stream().map(v -> toFieldViolation(v, messages, locale)).toList();
    return new ApiProblemException(statusOf(e), e.code(), violations, e.args().toArray());
  }

  /** A kernel violation with its text from {@code violation.<code>}, else its default message. */
  public static FieldViolation toFieldViolation(
      Violation violation, ProblemMessages messages, Locale locale) {
    String key = "violation." + violation.code();
    String text = messages.message(key, violation.args().toArray(), locale);
    if (key.equals(text)) {
      text = violation.defaultMessage() != null ? violation.defaultMessage() : violation.code();
    }
    return FieldViolation.ofPointer(violation.pointer(), violation.code(), text);
  }
}
