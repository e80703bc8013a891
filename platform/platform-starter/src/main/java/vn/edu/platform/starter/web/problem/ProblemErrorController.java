package vn.edu.platform.starter.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's whitelabel/JSON error page: whatever the servlet container routes to {@code
 * /error} (a filter failure, a container-level 4xx) is answered as a problem too.
 */
public class ProblemErrorController implements ErrorController {

  private final ProblemWriter writer;

  public ProblemErrorController(ProblemWriter writer) {
    this.writer = writer;
  }

  @RequestMapping("${server.error.path:/error}")
  public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        statusAttribute instanceof Integer code
            ? HttpStatus.resolve(code)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    writer.write(request, response, status, codeFor(status));
  }

  static String codeFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "malformed-body";
      case UNAUTHORIZED -> "unauthenticated";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case CONTENT_TOO_LARGE -> "payload-too-large";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case SERVICE_UNAVAILABLE -> "service-unavailable";
      default -> status.is4xxClientError() ? "bad-request" : "internal-error";
    };
  }
}
