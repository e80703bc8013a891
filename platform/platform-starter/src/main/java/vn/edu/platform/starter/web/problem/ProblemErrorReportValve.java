package vn.edu.platform.starter.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word as a problem: requests the connector refuses before any filter or servlet runs
 * (a request line or headers over the limit, an encoded NUL or path separator in the path, a
 * malformed request line) are answered by the host's error report valve, which would write an HTML
 * page. This one writes {@code application/problem+json}. Failures inside the application never get
 * here: the servlet's error page ({@link ProblemErrorController}) has answered them already.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  /**
   * Too-large headers are a 400 in Tomcat; RFC 6585 has the precise status, as the gateway uses.
   */
  static final int HEADER_TOO_LARGE = 431;

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

  private final ProblemFactory factory;
  private final JsonMapper json;

  public ProblemErrorReportValve(ProblemFactory factory, JsonMapper json) {
    this.factory = factory;
    this.json = json;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String code = codeFor(status, throwable);
    if (HEADER_TOO_LARGE_CODE.equals(code)) {
      status = HEADER_TOO_LARGE;
      response.setStatus(status);
    }
    try {
      Map<String, Object> body =
          factory.build(
              org.springframework.http.HttpStatusCode.valueOf(status),
              code,
              new Object[0],
              List.of(),
              request.getRequest());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader(
          "Content-Language", ProblemMessages.localeOf(request.getRequest()).toLanguageTag());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | RuntimeException e) {
      log.debug("Could not write the problem for a refused request", e);
    }
  }

  static final String HEADER_TOO_LARGE_CODE = "request-header-too-large";

  static String codeFor(int status, Throwable throwable) {
    if (throwable != null
        && throwable.getMessage() != null
        && throwable.getMessage().toLowerCase(java.util.Locale.ROOT).contains("too large")) {
      return HEADER_TOO_LARGE_CODE;
    }
    if (status == HEADER_TOO_LARGE) {
      return HEADER_TOO_LARGE_CODE;
    }
    if (status == 400 && throwable == null) {
      // The connector refused the request target (CoyoteAdapter: invalid or unsafe URI).
      return "invalid-request-target";
    }
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "bad-request" : ProblemErrorController.codeFor(known);
  }
}
