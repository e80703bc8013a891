package vn.edu.platform.starter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;

/**
 * Builds the problem body every failure of every service answers with (RFC 9457).
 *
 * <pre>{@code
 * { "type": "urn:edu-platform:problem:validation-failed", "title": "...", "status": 400,
 *   "detail": "...", "instance": "/api/v1/plans", "code": "validation-failed",
 *   "errors": [ { "pointer": "/title", "code": "not-blank", "message": "..." } ],
 *   "traceId": "4bf92f3577b34da6a3ce929d0e0e4736" }
 * }</pre>
 *
 * {@code code} is the stable contract for programs; {@code title} and {@code detail} are for people
 * and may change. The body never contains a stack trace or an internal message.
 */
public class ProblemFactory {

  public static final String TYPE_PREFIX = "urn:edu-platform:problem:";
  private final ProblemMessages messages;

  public ProblemFactory(ProblemMessages messages) {
    this.messages = messages;
  }

  public Map<String, Object> build(
      HttpStatusCode status,
      String code,
      Object[] detailArgs,
      List<FieldViolation> violations,
      HttpServletRequest request) {
    Locale locale = ProblemMessages.localeOf(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", URI.create(TYPE_PREFIX + code).toString());
    body.put("title", messages.title(code, locale));
    body.put("status", status.value());
    String detail = messages.detail(code, detailArgs, locale);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (request != null) {
      body.put("instance", request.getRequestURI());
    }
    body.put("code", code);
    if (violations != null && !violations.isEmpty()) {
      body.put("errors", violations);
    }
    String traceId = MDC.get("traceId");
    if (traceId != null) {
      body.put("traceId", traceId);
    }
    return body;
  }

  public ProblemMessages messages() {
    return messages;
  }
}
