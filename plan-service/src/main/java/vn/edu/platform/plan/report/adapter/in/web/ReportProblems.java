package vn.edu.platform.plan.report.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.edu.platform.plan.planning.domain.PlanStateException;
import vn.edu.platform.plan.report.application.port.in.ReportAccessDeniedException;
import vn.edu.platform.plan.report.application.port.in.ReportFormExistsException;
import vn.edu.platform.plan.report.application.port.in.ReportNotFoundException;
import vn.edu.platform.plan.report.application.port.in.StaleReportException;
import vn.edu.platform.plan.report.domain.ReportRuleViolation;
import vn.edu.platform.plan.report.domain.ReportStateException;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.starter.web.problem.PlatformExceptionHandler;

/**
 * Translates the report rules into the platform's problems: broken rules are a 422 {@code
 * report-rule} listing every field ({@code /period} {@code unknown-period}, {@code /value} {@code
 * value-out-of-range}, …); a state that forbids the action a 409 with its own code ({@code
 * report-locked}, {@code report-in-approval}, {@code report-approval-order}, …); a form that exists
 * a 409 {@code report-form-exists} naming it; an approver outside its commune a 403 {@code
 * forbidden-org-unit}; an unknown (or invisible) form or report a 404; a stale If-Match a 412.
 */
@RestControllerAdvice(
    assignableTypes = {
      ReportFormController.class,
      ProgressReportController.class,
      ReportStatisticsController.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblems {

  private final PlatformExceptionHandler problems;

  ReportProblems(PlatformExceptionHandler problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ReportRuleViolation.class)
  ResponseEntity<Object> ruleViolated(ReportRuleViolation violation, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "report-rule",
            violation.violations().stream()
                .map(v -> FieldViolation.ofPointer(v.pointer(), v.code(), v.message()))
                .toList()),
        request);
  }

  @ExceptionHandler(ReportStateException.class)
  ResponseEntity<Object> wrongState(ReportStateException e, HttpServletRequest request) {
    return problems.toResponse(new ApiProblemException(HttpStatus.CONFLICT, e.code()), request);
  }

  @ExceptionHandler(PlanStateException.class)
  ResponseEntity<Object> planState(PlanStateException e, HttpServletRequest request) {
    return problems.toResponse(new ApiProblemException(HttpStatus.CONFLICT, e.code()), request);
  }

  @ExceptionHandler(ReportFormExistsException.class)
  ResponseEntity<Object> exists(ReportFormExistsException e, HttpServletRequest request) {
    return problems.toResponse(
        ApiProblemException.conflict("report-form-exists", e.existingFormId()), request);
  }

  @ExceptionHandler(ReportNotFoundException.class)
  ResponseEntity<Object> notFound(ReportNotFoundException e, HttpServletRequest request) {
    return problems.toResponse(ApiProblemException.notFound(e.code(), e.id()), request);
  }

  @ExceptionHandler(ReportAccessDeniedException.class)
  ResponseEntity<Object> denied(ReportAccessDeniedException e, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(HttpStatus.FORBIDDEN, OrgScope.DENIED_CODE, e.unitCode()), request);
  }

  @ExceptionHandler(StaleReportException.class)
  ResponseEntity<Object> stale(StaleReportException e, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed"), request);
  }
}
