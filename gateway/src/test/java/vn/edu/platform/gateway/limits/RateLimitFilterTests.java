package vn.edu.platform.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.gateway.problem.ProblemMessages;
import vn.edu.platform.gateway.problem.ProblemResponder;
import vn.edu.platform.gateway.proxy.ClientAddressResolver;

class RateLimitFilterTests {

  private final AtomicInteger forwarded = new AtomicInteger();
  private final WebFilterChain chain =
      exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
      };

  private final RateLimitFilter filter =
      new RateLimitFilter(
          new InProcessRateLimitStore(1000, Duration.ofMinutes(5)),
          new ClientAddressResolver(List.of()),
          new RateLimitPolicy("public", 2, 2),
          new RateLimitPolicy("client", 2, 2),
          new ProblemResponder(JsonMapper.builder().build(), new ProblemMessages()));

  @Test
  void limitsAuthenticatedCallsPerCallingApplication() {
    MockServerWebExchange third = null;
    for (int i = 0; i < 3; i++) {
      third = apiCall("school-portal");
      filter.filter(third, chain).block();
    }

    assertThat(forwarded).hasValue(2);
    assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");

    filter.filter(apiCall("national-db"), chain).block();
    assertThat(forwarded).as("another application has its own bucket").hasValue(3);
  }

  @Test
  void leavesAnonymousApiCallsToAuthorization() {
    for (int i = 0; i < 5; i++) {
      MockServerWebExchange exchange =
          MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/plans/v3/api-docs"));
      filter.filter(exchange, chain).block();
    }

    assertThat(forwarded).hasValue(5);
  }

  @Test
  void limitsPublicCallsPerAddress() {
    for (int i = 0; i < 3; i++) {
      filter.filter(publicCall("198.51.100.20"), chain).block();
    }
    filter.filter(publicCall("198.51.100.21"), chain).block();

    assertThat(forwarded).hasValue(3);
  }

  @Test
  void letsRequestsThroughWhenTheStoreFails() {
    RateLimitFilter failingStore =
        new RateLimitFilter(
            (key, policy) -> Mono.error(new IllegalStateException("redis down")),
            new ClientAddressResolver(List.of()),
            new RateLimitPolicy("public", 1, 1),
            null,
            new ProblemResponder(JsonMapper.builder().build(), new ProblemMessages()));

    for (int i = 0; i < 3; i++) {
      failingStore.filter(publicCall("198.51.100.30"), chain).block();
    }

    assertThat(forwarded).hasValue(3);
  }

  private static MockServerWebExchange apiCall(String azp) {
    Jwt jwt =
        new Jwt(
            "token",
            Instant.now(),
            Instant.now().plusSeconds(300),
            Map.of("alg", "RS256"),
            Map.of("sub", "u-1", "azp", azp));
    return MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/plans"))
        .principal(new JwtAuthenticationToken(jwt))
        .build();
  }

  private static MockServerWebExchange publicCall(String address) {
    return MockServerWebExchange.from(
        MockServerHttpRequest.get("/public/v1/diplomas/verify")
            .remoteAddress(new InetSocketAddress(address, 50000)));
  }
}
