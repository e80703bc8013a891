package vn.edu.platform.test.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The token factory against Spring Security's own decoder, configured from the issuer alone (OIDC
 * discovery, then JWKS) as a resource server with {@code issuer-uri} is.
 */
class TestTokensIntegrationTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JwtDecoder decoder;

  @BeforeAll
  static void decoderLikeAResourceServer() {
    NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(TestTokens.issuer()).build();
    OAuth2TokenValidator<Jwt> audience =
        new JwtClaimValidator<List<String>>(
            "aud", aud -> aud != null && aud.contains(KeycloakNames.AUDIENCE));
    nimbus.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(TestTokens.issuer()), audience));
    decoder = nimbus;
  }

  @Test
  void issuerIsTheRealmOnLoopback() {
    assertThat(TestTokens.issuer()).matches("http://127\\.0\\.0\\.1:\\d+/realms/edu");
    assertThat(TestTokens.jwksUri())
        .isEqualTo(TestTokens.issuer() + "/protocol/openid-connect/certs");
  }

  @Test
  void acceptsTokenSignedWithTheRealmKey() {
    String token = TestTokens.user("gv.hoa").realmRoles(KeycloakNames.TEACHER).build();

    Jwt jwt = decoder.decode(token);

    assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("gv.hoa");
    assertThat(jwt.getIssuer()).hasToString(TestTokens.issuer());
  }

  @Test
  void rejectsTokenSignedWithForeignKey() {
    String token = TestTokens.user("mallory").signedWithForeignKey().build();

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining("Invalid signature");
  }

  @Test
  void foreignKeyTokenCarriesTheRealKeyId() throws Exception {
    SignedJWT real = SignedJWT.parse(TestTokens.user("a").build());
    SignedJWT forged = SignedJWT.parse(TestTokens.user("a").signedWithForeignKey().build());

    assertThat(forged.getHeader().getKeyID()).isEqualTo(real.getHeader().getKeyID());
  }

  @Test
  void rejectsExpiredToken() {
    String token = TestTokens.user("gv.hoa").expired().build();

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void rejectsTokenOfAnotherIssuer() {
    String token = TestTokens.user("gv.hoa").issuer("http://127.0.0.1:1/realms/other").build();

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("iss");
  }

  @Test
  void rejectsTokenWithoutPlatformAudience() {
    String token = TestTokens.user("gv.hoa").audience("some-other-api").build();

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("aud");
  }

  @Test
  void honoursRequestedLifetime() {
    Jwt jwt = decoder.decode(TestTokens.user("gv.hoa").expiresIn(Duration.ofHours(1)).build());

    assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void signsWithRs256AndTheRealmKeyIdLikeKeycloak() throws Exception {
    SignedJWT jwt = SignedJWT.parse(TestTokens.user("gv.hoa").build());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getType()).hasToString("JWT");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(publishedKey().getKeyID());
  }

  @Test
  void publishesOnlyThePublicSigningKey() throws Exception {
    JWK key = publishedKey();

    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
    assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(key.toRSAKey().size()).isEqualTo(2048);
  }

  @Test
  void publishesOpenIdConfigurationNamingIssuerAndJwks() throws Exception {
    Map<String, Object> configuration =
        JSONObjectUtils.parse(get(TestTokens.issuer() + "/.well-known/openid-configuration"));

    assertThat(configuration)
        .containsEntry("issuer", TestTokens.issuer())
        .containsEntry("jwks_uri", TestTokens.jwksUri())
        .containsEntry("token_endpoint", TestTokens.issuer() + "/protocol/openid-connect/token");
  }

  @Test
  void answersUnknownPathsWithNotFound() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TestTokens.issuer() + "/nothing")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void bearerPrefixesTheToken() {
    assertThat(TestTokens.bearer("abc")).isEqualTo("Bearer abc");
  }

  @Test
  void authorizationHeadersCarryTokenOrNothingForAnonymous() {
    assertThat(TestTokens.authorizationHeaders("abc").getFirst(HttpHeaders.AUTHORIZATION))
        .isEqualTo("Bearer abc");
    assertThat(TestTokens.authorizationHeaders(Personas.anonymous()).isEmpty()).isTrue();
  }

  private static JWK publishedKey() throws Exception {
    JWKSet keys = JWKSet.parse(get(TestTokens.jwksUri()));
    assertThat(keys.getKeys()).hasSize(1);
    return keys.getKeys().getFirst();
  }

  private static String get(String uri) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return response.body();
  }
}
