package vn.edu.platform.gateway.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.config.GatewayProperties.Headers;
import vn.edu.platform.gateway.proxy.ClientAddressResolver;

/**
 * The gateway's security headers on every response, its own and the services' alike, written just
 * before the response is committed so that they win over whatever a service sent: {@code
 * X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy:
 * no-referrer}, a {@code Content-Security-Policy} that lets API responses load and frame nothing (a
 * looser one for the Swagger UI pages) and, when the client used HTTPS, {@code
 * Strict-Transport-Security}. Done here rather than by Spring Security because responses rejected
 * before authentication (CORS, size) need them as well.
 */
public final class SecurityHeadersFilter implements WebFilter, Ordered {

  /** Registers its headers first, so that every later rejection carries them. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

  private final Headers settings;
  private final ClientAddressResolver clients;
  private final AntPathMatcher matcher = new AntPathMatcher();
  private final List<String> docsPaths;

  public SecurityHeadersFilter(Headers settings, ClientAddressResolver clients) {
    this.settings = settings;
    this.clients = clients;
    this.docsPaths = List.copyOf(settings.docsPaths());
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              write(exchange);
              return Mono.empty();
            });
    return chain.filter(exchange);
  }

  private void write(ServerWebExchange exchange) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    String path = exchange.getRequest().getPath().value();
    headers.set(
        "Content-Security-Policy",
        isDocs(path) ? settings.docsContentSecurityPolicy() : settings.contentSecurityPolicy());
    if (clients.isHttps(exchange.getRequest())) {
      headers.set(
          "Strict-Transport-Security",
          "max-age=" + settings.hstsMaxAge().toSeconds() + "; includeSubDomains");
    }
  }

  private boolean isDocs(String path) {
    for (String pattern : docsPaths) {
      if (matcher.match(pattern, path)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
