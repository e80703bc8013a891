package vn.edu.platform.plan.planning.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.edu.platform.plan.planning.application.port.in.PlanExistsException;
import vn.edu.platform.plan.planning.application.port.in.PlanNotFoundException;
import vn.edu.platform.plan.planning.application.port.in.StaleRevisionException;
import vn.edu.platform.plan.planning.domain.PlanRuleViolation;
import vn.edu.platform.plan.planning.domain.PlanStateException;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.starter.web.problem.PlatformExceptionHandler;

/**
 * Translates the plan rules into the platform's problems: broken rules of a document are a 422
 * {@code plan-rule} listing every field (pointer and rule code, e.g. {@code /tasks/3/deadline}
 * {@code deadline-before-plan-date}); a state that forbids the change is a 409 with its own code;
 * an existing number a 409 {@code plan-exists} naming the plan; an unknown (or invisible) plan a
 * 404; a stale If-Match a 412.
 */
@RestControllerAdvice(
    assignableTypes = {PlanController.class, TaskController.class, DueWorkController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

  private final PlatformExceptionHandler problems;

  PlanProblems(PlatformExceptionHandler problems) {
    this.problems = problems;
  }

  @ExceptionHandler(PlanRuleViolation.class)
  ResponseEntity<Object> ruleViolated(PlanRuleViolation violation, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "plan-rule",
            violation.violations().stream()
                .map(v -> FieldViolation.ofPointer(v.pointer(), v.code(), v.message()))
                .toList()),
        request);
  }

  @ExceptionHandler(PlanStateException.class)
  ResponseEntity<Object> wrongState(PlanStateException e, HttpServletRequest request) {
    return problems.toResponse(new ApiProblemException(HttpStatus.CONFLICT, e.code()), request);
  }

  @ExceptionHandler(PlanExistsException.class)
  ResponseEntity<Object> exists(PlanExistsException e, HttpServletRequest request) {
    return problems.toResponse(
        ApiProblemException.conflict("plan-exists", e.number(), e.existingPlanId()), request);
  }

  @ExceptionHandler(PlanNotFoundException.class)
  ResponseEntity<Object> notFound(PlanNotFoundException e, HttpServletRequest request) {
    return problems.toResponse(ApiProblemException.notFound(e.code(), e.id()), request);
  }

  @ExceptionHandler(StaleRevisionException.class)
  ResponseEntity<Object> staleRevision(StaleRevisionException e, HttpServletRequest request) {
    return problems.toResponse(
        new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed"), request);
  }
}
