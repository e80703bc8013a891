package vn.edu.platform.gateway.security;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.problem.GatewayProblem;
import vn.edu.platform.gateway.problem.ProblemResponder;

/**
 * 401 and 403 as problems. The 401 carries the RFC 6750 challenge ({@code WWW-Authenticate:
 * Bearer}, with {@code error="invalid_token"} when a token was sent but rejected) and no
 * description: why a token failed (signature, audience, expiry) is for the logs of whoever debugs,
 * not for the caller.
 */
final class ProblemSecurityHandlers
    implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,40}");

  private final ProblemResponder problems;

  ProblemSecurityHandlers(ProblemResponder problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
    String challenge = "Bearer";
    if (failure instanceof OAuth2AuthenticationException oauth
        && ERROR_CODE.matcher(oauth.getError().getErrorCode()).matches()) {
      challenge = "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
    }
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
    return problems.respond(
        exchange, GatewayProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated"));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return problems.respond(exchange, GatewayProblem.of(HttpStatus.FORBIDDEN, "forbidden"));
  }
}
