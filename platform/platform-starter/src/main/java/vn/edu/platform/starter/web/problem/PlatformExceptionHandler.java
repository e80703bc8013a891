package vn.edu.platform.starter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.starter.web.text.RefusedTextException;
import vn.edu.platform.starter.web.text.TextRules;

/**
 * Turns every exception that reaches Spring MVC into an RFC 9457 problem with a stable code.
 *
 * <p>Client mistakes get 4xx with what was wrong (field errors with JSON pointers); only genuine
 * server faults get 500, logged with their stack trace and answered without it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class PlatformExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);
  private final ProblemFactory factory;

  public PlatformExceptionHandler(ProblemFactory factory) {
    this.factory = factory;
  }

  @ExceptionHandler(ApiProblemException.class)
  ResponseEntity<Object> apiProblem(ApiProblemException e, HttpServletRequest request) {
    return toResponse(e, request);
  }

  @ExceptionHandler(ApplicationException.class)
  ResponseEntity<Object> applicationProblem(ApplicationException e, HttpServletRequest request) {
    return toResponse(
        ApplicationProblems.toProblem(e, factory.messages(), ProblemMessages.localeOf(request)),
        request);
  }

  /**
   * The response for a problem; for a service's own {@code @ExceptionHandler} that translates a
   * domain exception (exceptions thrown from an exception handler are not handled again).
   */
  public ResponseEntity<Object> toResponse(ApiProblemException e, HttpServletRequest request) {
    return problem(e.status(), e.code(), e.violations(), request, e.detailArgs());
  }

  @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
  ResponseEntity<Object> invalidBody(BindException e, HttpServletRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      violations.add(
          FieldViolation.ofPointer(
              toPointer(error.getField()), codeOf(error.getCode()), error.getDefaultMessage()));
    }
    for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
      violations.add(
          FieldViolation.ofPointer("", codeOf(error.getCode()), error.getDefaultMessage()));
    }
    return problem(HttpStatus.BAD_REQUEST, "validation-failed", violations, request);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<Object> invalidParameters(
      HandlerMethodValidationException e, HttpServletRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    e.getParameterValidationResults()
        .forEach(
            result -> {
              String name = result.getMethodParameter().getParameterName();
              result
                  .getResolvableErrors()
                  .forEach(
                      error ->
                          violations.add(
                              FieldViolation.ofPointer(
                                  name == null ? "" : name,
                                  codeOf(error.getCodes() == null ? null : error.getCodes()[0]),
                                  error.getDefaultMessage())));
            });
    return problem(HttpStatus.BAD_REQUEST, "validation-failed", violations, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolations(
      ConstraintViolationException e, HttpServletRequest request) {
    List<FieldViolation> violations =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    FieldViolation.ofPointer(
                        toPointer(v.getPropertyPath().toString()),
                        codeOf(
                            v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "validation-failed", violations, request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof RefusedTextException refused) {
      TextRules.Refusal refusal = refused.refusal();
      String message =
          factory
              .messages()
              .message(
                  "violation." + refusal.code(),
                  new Object[] {refusal.codePoint(), refusal.index() + 1},
                  ProblemMessages.localeOf(request));
      return problem(
          HttpStatus.BAD_REQUEST,
          "validation-failed",
          List.of(FieldViolation.ofPointer(pointerOf(refused), refusal.code(), message)),
          request);
    }
    if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      String pointer = pointerOf(jackson);
      Locale locale = ProblemMessages.localeOf(request);
      String message = factory.messages().message("violation.invalid-value", null, locale);
      return problem(
          HttpStatus.BAD_REQUEST,
          "malformed-body",
          List.of(FieldViolation.ofPointer(pointer, "invalid-value", message)),
          request);
    }
    return problem(HttpStatus.BAD_REQUEST, "malformed-body", List.of(), request);
  }

  /** The RFC 6901 pointer of the value Jackson failed on ({@code ~} and {@code /} escaped). */
  private static String pointerOf(JacksonException jackson) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference ref : jackson.getPath()) {
      String step =
          ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex());
      pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class,
    MissingRequestHeaderException.class,
    MissingServletRequestPartException.class
  })
  ResponseEntity<Object> badParameter(Exception e, HttpServletRequest request) {
    String name =
        switch (e) {
          case MissingServletRequestParameterException m -> m.getParameterName();
          case MethodArgumentTypeMismatchException m -> m.getName();
          case MissingRequestHeaderException m -> m.getHeaderName();
          case MissingServletRequestPartException m -> m.getRequestPartName();
          default -> "";
        };
    String code = e instanceof MethodArgumentTypeMismatchException ? "invalid-value" : "missing";
    Locale locale = ProblemMessages.localeOf(request);
    String message = factory.messages().message("violation." + code, null, locale);
    return problem(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        List.of(FieldViolation.ofPointer(name, code, message)),
        request,
        name);
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<Object> notFound(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "not-found", List.of(), request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Object> methodNotAllowed(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    ResponseEntity<Object> response =
        problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", List.of(), request);
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(response.getHeaders());
    if (e.getSupportedHttpMethods() != null) {
      headers.setAllow(e.getSupportedHttpMethods());
    }
    return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Object> unsupportedMediaType(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", List.of(), request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Object> notAcceptable(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", List.of(), request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Object> tooLarge(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", List.of(), request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> badMultipart(MultipartException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "malformed-body", List.of(), request);
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<Object> unauthenticated(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", List.of(), request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> forbidden(AccessDeniedException e, HttpServletRequest request) {
    log.warn("Access denied by role check: path={}", request.getRequestURI());
    return problem(HttpStatus.FORBIDDEN, "forbidden", List.of(), request);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> concurrentChange(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, "concurrent-modification", List.of(), request);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> dataConflict(Exception e, HttpServletRequest request) {
    // The database message names constraints and may echo values: log the class only.
    log.warn("Data integrity violation on {}: {}", request.getRequestURI(), e.getClass().getName());
    return problem(HttpStatus.CONFLICT, "data-conflict", List.of(), request);
  }

  @ExceptionHandler(AsyncRequestTimeoutException.class)
  ResponseEntity<Object> timeout(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "timeout", List.of(), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", List.of(), request);
  }

  private ResponseEntity<Object> problem(
      HttpStatusCode status,
      String code,
      List<FieldViolation> violations,
      HttpServletRequest request,
      Object... args) {
    Map<String, Object> body = factory.build(status, code, args, violations, request);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, ProblemMessages.localeOf(request).toLanguageTag())
        .body(body);
  }

  /** {@code tasks[0].deadline} → {@code /tasks/0/deadline} (RFC 6901). */
  static String toPointer(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /** Bean Validation's {@code NotBlank} → {@code not-blank}. */
  static String codeOf(String constraint) {
    if (constraint == null || constraint.isBlank()) {
      return "invalid";
    }
    String simple =
        constraint.contains(".")
            ? constraint.substring(constraint.lastIndexOf('.') + 1)
            : constraint;
    return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
