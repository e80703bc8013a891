package vn.edu.platform.gateway.proxy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who called, in headers they can trust because only the gateway writes them:
 * {@code X-Forwarded-For} is the client address {@link ClientAddressResolver} settled on (one
 * address, not the client-supplied chain), {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}
 * what the client used. Whatever forwarding headers the caller sent are dropped.
 */
public final class ClientForwardingHeadersFilter implements HttpHeadersFilter, Ordered {

  private final ClientAddressResolver clients;

  public ClientForwardingHeadersFilter(ClientAddressResolver clients) {
    this.clients = clients;
  }

  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    HttpHeaders output = new HttpHeaders();
    for (Map.Entry<String, List<String>> header : input.headerSet()) {
      if (!isForwardingHeader(header.getKey())) {
        output.addAll(header.getKey(), header.getValue());
      }
    }
    output.set("X-Forwarded-For", clients.clientAddress(request));
    output.set("X-Forwarded-Proto", clients.isHttps(request) ? "https" : "http");
    clients.originalHost(request).ifPresent(host -> output.set("X-Forwarded-Host", host));
    return output;
  }

  private static boolean isForwardingHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
  }

  /** After Spring Cloud Gateway's own forwarding filters, so that these values win. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
