package vn.edu.platform.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.edu.platform.starter.web.problem.ProblemWriter;

/**
 * 401 and 403 from the security filter chain as problems. The 401 keeps the {@code
 * WWW-Authenticate: Bearer} challenge RFC 6750 asks for; the reason a token was refused is logged,
 * not returned.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);
  private final ProblemWriter writer;

  public ProblemSecurityHandlers(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (request.getHeader("Authorization") != null) {
      log.info("Bearer token rejected on {}: {}", request.getRequestURI(), e.getMessage());
    }
    response.setHeader("WWW-Authenticate", "Bearer realm=\"edu-platform\"");
    writer.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    log.warn("Access denied on {} {}", request.getMethod(), request.getRequestURI());
    writer.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
  }
}
