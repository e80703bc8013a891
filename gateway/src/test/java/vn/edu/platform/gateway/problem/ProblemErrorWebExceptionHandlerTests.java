package vn.edu.platform.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.gateway.limits.RequestBodyTooLargeException;

class ProblemErrorWebExceptionHandlerTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ProblemErrorWebExceptionHandler handler =
      new ProblemErrorWebExceptionHandler(
          new ProblemResponder(JSON, new ProblemMessages()), Duration.ofSeconds(30));

  @Test
  void answersUnexpectedErrorsWithoutTheirMessageOrStackTrace() {
    MockServerWebExchange exchange = exchange("/api/v1/plans/42");

    handler
        .handle(exchange, new IllegalStateException("secret 001234567890 at db.internal:5432"))
        .block();

    Map<String, Object> body = body(exchange);
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(body).containsEntry("code", "internal-error").containsEntry("status", 500);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .doesNotContain("secret", "IllegalStateException", "db.internal", "at ");
  }

  @Test
  void answersConnectionFailuresWithServiceUnavailable() {
    MockServerWebExchange exchange = exchange("/api/v1/plans");

    handler
        .handle(exchange, new IllegalStateException(new ConnectException("Connection refused")))
        .block();

    assertThat(body(exchange))
        .containsEntry("code", "service-unavailable")
        .containsEntry("status", 503);
    assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNull();
  }

  @Test
  void answersAnOpenCircuitWithServiceUnavailableAndRetryAfter() {
    MockServerWebExchange exchange = exchange("/api/v1/plans");

    handler.handle(exchange, new ServiceUnavailableException()).block();

    assertThat(body(exchange)).containsEntry("code", "service-unavailable");
    assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
  }

  @Test
  void answersAnUncheckableTokenWithServiceUnavailableNotUnauthenticated() {
    MockServerWebExchange exchange = exchange("/api/v1/plans");

    handler
        .handle(
            exchange,
            new AuthenticationServiceException(
                "An error occurred while attempting to decode the Jwt: JWKS unreachable"))
        .block();

    assertThat(body(exchange))
        .containsEntry("code", "service-unavailable")
        .containsEntry("status", 503);
  }

  @Test
  void answersGatewayTimeoutWithTheTimeoutCode() {
    MockServerWebExchange exchange = exchange("/api/v1/plans");

    handler
        .handle(
            exchange,
            new ResponseStatusException(
                HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout"))
        .block();

    assertThat(body(exchange)).containsEntry("code", "timeout").containsEntry("status", 504);
  }

  @Test
  void answersMethodNotAllowedWithAllowHeader() {
    MockServerWebExchange exchange = exchange("/actuator/health");

    handler
        .handle(exchange, new MethodNotAllowedException(HttpMethod.POST, Set.of(HttpMethod.GET)))
        .block();

    assertThat(body(exchange)).containsEntry("code", "method-not-allowed");
    assertThat(exchange.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
  }

  @Test
  void answersABodyThatGrewTooLargeWithTheLimit() {
    MockServerWebExchange exchange = exchange("/api/v1/plans/imports");

    handler
        .handle(
            exchange,
            new IllegalStateException(
                new RequestBodyTooLargeException(
                    org.springframework.util.unit.DataSize.ofMegabytes(200))))
        .block();

    assertThat(body(exchange)).containsEntry("code", "payload-too-large");
    assertThat((String) body(exchange).get("detail")).contains("200 MB");
  }

  private static MockServerWebExchange exchange(String path) {
    return MockServerWebExchange.from(MockServerHttpRequest.get(path));
  }

  private static Map<String, Object> body(MockServerWebExchange exchange) {
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return JSON.readValue(
        exchange.getResponse().getBodyAsString().block(),
        new TypeReference<Map<String, Object>>() {});
  }
}
