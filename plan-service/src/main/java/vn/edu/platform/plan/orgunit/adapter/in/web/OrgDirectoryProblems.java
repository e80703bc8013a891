package vn.edu.platform.plan.orgunit.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.edu.platform.plan.orgunit.application.port.in.StaleRevisionException;
import vn.edu.platform.plan.orgunit.domain.DirectoryRuleViolation;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.starter.web.problem.PlatformExceptionHandler;

/**
 * Translates the directory's rule violations into the platform's problems: a duplicate code is a
 * conflict (409), a stale revision a failed precondition (412), any other broken rule a 422 with
 * the field and rule, so the frontend can show it next to the field.
 */
@RestControllerAdvice(assignableTypes = OrgUnitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrgDirectoryProblems {

  private final PlatformExceptionHandler problems;

  OrgDirectoryProblems(PlatformExceptionHandler problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DirectoryRuleViolation.class)
  ResponseEntity<Object> ruleViolated(
      DirectoryRuleViolation violation, HttpServletRequest request) {
    List<FieldViolation> violations =
        List.of(
            FieldViolation.ofPointer(
                "/" + violation.field(), violation.code(), violation.getMessage()));
    ApiProblemException problem =
        "duplicate-code".equals(violation.code())
            ? new ApiProblemException(HttpStatus.CONFLICT, "org-unit-exists", violations)
            : new ApiProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT, "org-directory-rule", violations);
    return problems.toResponse(problem, request);
  }

  @ExceptionHandler(StaleRevisionException.class)
  ResponseEntity<Object> staleRevision(StaleRevisionException e, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed"), request);
  }
}
