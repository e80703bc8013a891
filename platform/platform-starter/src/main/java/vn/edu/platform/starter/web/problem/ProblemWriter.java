package vn.edu.platform.starter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for failures that happen outside Spring MVC
 * (security filters, the Idempotency-Key filter, the size limit, the container's error page).
 */
public class ProblemWriter {

  private final ProblemFactory factory;
  private final JsonMapper json;

  public ProblemWriter(ProblemFactory factory, JsonMapper json) {
    this.factory = factory;
    this.json = json;
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatusCode status,
      String code,
      Object... detailArgs)
      throws IOException {
    write(request, response, status, code, List.of(), detailArgs);
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatusCode status,
      String code,
      List<FieldViolation> violations,
      Object... detailArgs)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> body = factory.build(status, code, detailArgs, violations, request);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", ProblemMessages.localeOf(request).toLanguageTag());
    response.getOutputStream().write(json.writeValueAsBytes(body));
    response.flushBuffer();
  }
}
