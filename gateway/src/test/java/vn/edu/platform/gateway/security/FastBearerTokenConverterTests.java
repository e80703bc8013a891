package vn.edu.platform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/** The fast path must accept, refuse and fail exactly as Spring Security's converter does. */
class FastBearerTokenConverterTests {

  private final FastBearerTokenConverter fast = new FastBearerTokenConverter();
  private final ServerBearerTokenAuthenticationConverter stock =
      new ServerBearerTokenAuthenticationConverter();

  @Property(tries = 3000)
  void answersAsTheStockConverterForAnyAuthorizationHeader(
      @ForAll("authorizationHeaders") String header) {
    assertThat(outcome(fast, exchange(header, "/api/v1/org-units")))
        .isEqualTo(outcome(stock, exchange(header, "/api/v1/org-units")));
  }

  @Test
  void takesTheTokenOfAWellFormedHeaderAsIs() {
    String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_==";
    assertThat(outcome(fast, exchange("Bearer " + token, "/api/v1/org-units")))
        .isEqualTo("token " + token);
  }

  @Test
  void leavesAQueryParameterTokenToTheStockRules() {
    String path = "/api/v1/org-units?access_token=abc";
    assertThat(outcome(fast, exchange("Bearer xyz", path)))
        .isEqualTo(outcome(stock, exchange("Bearer xyz", path)));
    assertThat(outcome(fast, exchange(null, path))).isEqualTo(outcome(stock, exchange(null, path)));
  }

  @Provide
  Arbitrary<String> authorizationHeaders() {
    Arbitrary<String> scheme =
        Arbitraries.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Basic ", "");
    Arbitrary<String> body =
        Arbitraries.strings()
            .withChars("aZ09-._~+/= \t,\"")
            .withCharRange('\u0000', '\u00ff')
            .ofMaxLength(40);
    Arbitrary<String> wellFormed =
        Arbitraries.strings()
            .withChars("abcXYZ0189-._~+/")
            .ofMinLength(1)
            .ofMaxLength(40)
            .flatMap(
                core -> Arbitraries.strings().withChars('=').ofMaxLength(3).map(pad -> core + pad));
    return Combinators.combine(scheme, Arbitraries.oneOf(body, wellFormed)).as(String::concat);
  }

  private static ServerWebExchange exchange(String authorization, String path) {
    MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get(path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return MockServerWebExchange.from(request);
  }

  /** What a converter made of the request: its token, no authentication, or its error. */
  private static String outcome(
      org.springframework.security.web.server.authentication.ServerAuthenticationConverter
          converter,
      ServerWebExchange exchange) {
    try {
      Authentication authentication = converter.convert(exchange).block();
      if (authentication == null) {
        return "none";
      }
      return "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
    } catch (RuntimeException error) {
      return error.getClass().getName() + ": " + error.getMessage();
    }
  }
}
