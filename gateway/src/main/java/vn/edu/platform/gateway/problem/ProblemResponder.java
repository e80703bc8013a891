package vn.edu.platform.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.gateway.correlation.TraceIds;

/**
 * Writes the RFC 9457 body every failure answered by the gateway carries, in exactly the shape the
 * services use:
 *
 * <pre>{@code
 * { "type": "urn:edu-platform:problem:rate-limited", "title": "...", "status": 429,
 *   "detail": "...", "instance": "/public/v1/diplomas/verify", "code": "rate-limited",
 *   "traceId": "4bf92f3577b34da6a3ce929d0e0e4736" }
 * }</pre>
 *
 * The body never carries an exception message or a stack trace.
 */
public final class ProblemResponder {

  public static final String TYPE_PREFIX = "urn:edu-platform:problem:";

  private final JsonMapper json;
  private final ProblemMessages messages;

  public ProblemResponder(JsonMapper json, ProblemMessages messages) {
    this.json = json;
    this.messages = messages;
  }

  /**
   * Sets status, content type and body; headers already on the response (CORS, {@code Retry-After},
   * {@code Allow}) stay. The caller checks that the response is not committed.
   */
  public Mono<Void> respond(ServerWebExchange exchange, GatewayProblem problem) {
    ServerHttpResponse response = exchange.getResponse();
    byte[] body = json.writeValueAsBytes(body(exchange, problem));
    response.setStatusCode(problem.status());
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers.setContentLength(body.length);
    headers.setCacheControl("no-store");
    if (HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
      return response.setComplete();
    }
    DataBuffer buffer = response.bufferFactory().wrap(body);
    return response.writeWith(Mono.just(buffer));
  }

  Map<String, Object> body(ServerWebExchange exchange, GatewayProblem problem) {
    Locale locale = ProblemMessages.localeOf(exchange.getRequest());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + problem.code());
    body.put("title", messages.title(problem.code(), locale));
    body.put("status", problem.status().value());
    String detail = messages.detail(problem, locale);
    if (detail != null) {
      body.put("detail", detail);
    }
    body.put("instance", exchange.getRequest().getPath().value());
    body.put("code", problem.code());
    TraceIds.current(exchange).ifPresent(traceId -> body.put("traceId", traceId));
    return body;
  }
}
