package vn.edu.platform.test.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Entry point of the token factory: Keycloak-shaped access tokens signed with the test JVM's RSA
 * key, and the issuer and JWKS URIs a resource server needs to verify them.
 *
 * <p>The first call generates the key and starts the JWKS server on 127.0.0.1 (well under a
 * second); everything after that is in memory.
 *
 * <pre>{@code
 * String token = TestTokens.user("gv.hoa").realmRoles(KeycloakNames.TEACHER)
 *     .orgUnit(OrgTreeFixture.SCHOOL_A_PRIMARY).build();
 * mvc.perform(get("/api/v1/plans").header(AUTHORIZATION, TestTokens.bearer(token)));
 * }</pre>
 */
public final class TestTokens {

  private TestTokens() {}

  /** The realm's issuer, {@code http://127.0.0.1:<port>/realms/edu}: the {@code issuer-uri}. */
  public static String issuer() {
    return TestIdentityProvider.get().issuer();
  }

  /** Where the realm's public signing key is published: the {@code jwk-set-uri}. */
  public static String jwksUri() {
    return TestIdentityProvider.get().jwksUri();
  }

  /**
   * A token for an interactive user who logged in through the frontend: {@code azp} is {@code
   * edu-frontend}, the audience is {@code edu-api} and {@code account}, with Keycloak's built-in
   * roles and a session id. Add the platform roles and the {@code org_unit} the test needs.
   */
  public static TokenBuilder user(String username) {
    return TokenBuilder.user(username);
  }

  /**
   * A client-credentials token of {@code clientId}'s service account: {@code preferred_username} is
   * {@code service-account-<clientId>}, {@code azp} and {@code client_id} are {@code clientId}, the
   * audience is {@code edu-api}, there is no session and no {@code org_unit}.
   */
  public static TokenBuilder serviceAccount(String clientId) {
    return TokenBuilder.serviceAccount(clientId);
  }

  /** The {@code Authorization} header value for a token: {@code "Bearer <token>"}. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /**
   * Headers carrying the token, or no headers for {@link Personas#anonymous()}: lets one test body
   * run for every persona, the anonymous caller included.
   */
  public static HttpHeaders authorizationHeaders(@Nullable String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return headers;
  }
}
