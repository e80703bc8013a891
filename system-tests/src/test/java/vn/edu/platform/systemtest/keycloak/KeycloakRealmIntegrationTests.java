package vn.edu.platform.systemtest.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.security.KeycloakNames.GOV_SYSTEM;
import static vn.edu.platform.test.security.KeycloakNames.PLATFORM_REALM_ROLES;
import static vn.edu.platform.test.security.KeycloakNames.SCHOOL_ADMIN;
import static vn.edu.platform.test.security.KeycloakNames.TEACHER;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.runtime.keycloak.KeycloakServer;
import vn.edu.platform.systemtest.keycloak.OidcTokenClient.TokenResponse;

/**
 * The realm export of {@code deploy/keycloak/edu-realm.json}, imported into the real Keycloak
 * server: the tokens it issues to every persona and client have exactly the shape the platform
 * starter's Keycloak adapter expects, and its security settings hold.
 */
class KeycloakRealmIntegrationTests {

  private static final String API = EduRealm.API_CLIENT;
  private static final String PROVINCE_READ = "province-read";
  private static final String SPA_CALLBACK = "http://localhost:5173/callback";
  private static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
  private static final HttpClient BROWSER =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static KeycloakServer keycloak;
  private static KeycloakAdmin admin;

  @BeforeAll
  static void startKeycloak() {
    keycloak = EduKeycloak.get();
    admin = new KeycloakAdmin(keycloak);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.edu.platform.systemtest.keycloak.DemoPersona#all")
  void issuesPersonaTokenWithItsRolesUnitAndTheApiAudience(DemoPersona persona) {
    TokenResponse response = EduRealm.demoLogin(keycloak, persona.username());

    AccessToken token = AccessToken.verified(response.accessToken(), keycloak);
    assertThat(token.algorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(token.issuer()).isEqualTo("http://localhost:" + keycloak.port() + "/realms/edu");
    assertThat(token.audience()).contains(API);
    assertThat(platformRolesOf(token)).isEqualTo(persona.platformRoles());
    assertThat(token.clientRoles(API)).isEmpty();
    assertThat(token.orgUnit()).isEqualTo(persona.orgUnit());
    assertThat(token.hasClaim("org_unit")).isEqualTo(persona.orgUnit() != null);
    assertThat(token.username()).isEqualTo(persona.username());
    assertThat(token.authorizedParty()).isEqualTo(EduRealm.LOCAL_LOGIN_CLIENT);
    assertThat(token.lifetimeSeconds()).isEqualTo(300);
    // minimisation: e-mail is an optional scope, not in every token
    assertThat(token.hasClaim("email")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "plan-service",
        "student-record-service",
        "diploma-service",
        "admission-service",
        "reporting-service",
        "gov-moet-sync"
      })
  void issuesServiceAccountTokenWithProvinceReadAndNoUnit(String clientId) {
    AccessToken token = serviceToken(clientId);

    assertThat(token.algorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(token.issuer()).isEqualTo(keycloak.issuer(EduRealm.NAME));
    assertThat(token.audience()).contains(API);
    assertThat(platformRolesOf(token)).containsExactly(GOV_SYSTEM);
    assertThat(token.clientRoles(API)).containsExactly(PROVINCE_READ);
    assertThat(token.hasClaim("org_unit")).isFalse();
    assertThat(token.username()).isEqualTo("service-account-" + clientId);
    assertThat(token.authorizedParty()).isEqualTo(clientId);
  }

  @Test
  void issuesSchoolSoftwareTokenWithItsHardCodedSchool() {
    AccessToken token = serviceToken("school-s311002-sis");

    assertThat(token.audience()).contains(API);
    assertThat(platformRolesOf(token)).containsExactly(SCHOOL_ADMIN);
    assertThat(token.clientRoles(API)).isEmpty();
    assertThat(token.orgUnit()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(token.username()).isEqualTo("service-account-school-s311002-sis");
  }

  @Test
  void leavesTheApiAudienceOutOfTheNegativeTestClientsTokens() {
    AccessToken token = serviceToken("edu-no-audience");

    assertThat(platformRolesOf(token)).containsExactly(TEACHER);
    assertThat(token.audience()).doesNotContain(API);
  }

  @Test
  void grantsNoTokenThroughTheSpaPasswordGrantTheApiClientOrTheRealmAdminCli() {
    OidcTokenClient tokens = EduRealm.tokens(keycloak);

    TokenResponse spaPassword =
        tokens.password(EduRealm.FRONTEND_CLIENT, "gv.s311002", EduRealm.DEMO_PASSWORD);
    TokenResponse apiClient = tokens.clientCredentials(API, EduRealm.localSecret(API));
    TokenResponse realmAdminCli =
        tokens.password("admin-cli", "gv.s311002", EduRealm.DEMO_PASSWORD);
    TokenResponse wrongSecret = tokens.clientCredentials("gov-moet-sync", "not-the-secret");

    assertThat(spaPassword.granted()).isFalse();
    assertThat(spaPassword.error()).isEqualTo("unauthorized_client");
    assertThat(apiClient.granted()).isFalse();
    assertThat(apiClient.error()).isEqualTo("unauthorized_client");
    assertThat(realmAdminCli.granted()).isFalse();
    assertThat(wrongSecret.granted()).isFalse();
    assertThat(wrongSecret.status()).isEqualTo(401);
  }

  @Test
  void acceptsOnlyTheRegisteredSpaRedirectUris() {
    assertThat(authorize(SPA_CALLBACK, "S256").statusCode()).isEqualTo(200);
    assertThat(
            authorize("http://localhost:8080/api/v1/swagger-ui/oauth2-redirect.html", "S256")
                .statusCode())
        .isEqualTo(200);

    for (String foreign :
        List.of(
            "http://localhost:5173/evil",
            "http://localhost:5173/callback/../evil",
            "http://localhost:5173/callback/more",
            "http://localhost:5173/",
            "https://localhost:5173/callback",
            "http://evil.example/callback")) {
      HttpResponse<String> refused = authorize(foreign, "S256");
      assertThat(refused.statusCode()).as(foreign).isEqualTo(400);
      assertThat(refused.body()).as(foreign).contains("Invalid parameter: redirect_uri");
    }
  }

  @Test
  void requiresPkceWithS256ForTheSpa() {
    HttpResponse<String> withoutChallenge = authorize(SPA_CALLBACK, null);
    HttpResponse<String> plainChallenge = authorize(SPA_CALLBACK, "plain");

    assertThat(withoutChallenge.statusCode()).isEqualTo(302);
    assertThat(location(withoutChallenge)).startsWith(SPA_CALLBACK + "?error=invalid_request");
    assertThat(plainChallenge.statusCode()).isEqualTo(302);
    assertThat(location(plainChallenge)).startsWith(SPA_CALLBACK + "?error=invalid_request");
  }

  @Test
  void registersNoWildcardRedirectUriOrWebOriginOnAnyClient() {
    JsonNode clients = admin.get("/clients").body();
    List<String> wildcards = new ArrayList<>();
    for (JsonNode client : clients) {
      List<String> uris = new ArrayList<>();
      client.path("redirectUris").forEach(uri -> uris.add(uri.asString()));
      client.path("webOrigins").forEach(origin -> uris.add(origin.asString()));
      String postLogout = client.path("attributes").path("post.logout.redirect.uris").asString("");
      uris.addAll(List.of(postLogout.split("##")));
      uris.stream()
          .filter(uri -> uri.contains("*"))
          .forEach(uri -> wildcards.add(client.path("clientId").asString() + " " + uri));
    }

    assertThat(clients.size()).isGreaterThan(10);
    assertThat(wildcards).isEmpty();
  }

  @Test
  void appliesTheRealmsSessionLifetimesAndSecuritySettings() {
    JsonNode realm = admin.get("").body();

    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
    assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isEqualTo(36000);
    assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
    assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
    assertThat(realm.path("defaultSignatureAlgorithm").asString()).isEqualTo("RS256");
  }

  @Test
  void keepsTheDeclaredOrgUnitAttributeAndDropsUndeclaredOnes() {
    JsonNode imported = admin.get("/users?exact=true&username=gv.s311002").body().get(0);
    assertThat(imported.path("attributes").path("org_unit").get(0).asString())
        .isEqualTo(SCHOOL_A_PRIMARY);

    String id =
        admin.createUser(
            user(
                "probe.attr." + shortId(),
                Map.of("org_unit", List.of(COMMUNE_B), "favourite_colour", List.of("red"))));
    try {
      JsonNode attributes = admin.get("/users/" + id).body().path("attributes");
      assertThat(attributes.path("org_unit").get(0).asString()).isEqualTo(COMMUNE_B);
      assertThat(attributes.has("favourite_colour")).isFalse();
    } finally {
      admin.delete("/users/" + id);
    }
  }

  @Test
  void refusesAnOrgUnitThatIsNoUnitCode() {
    KeycloakAdmin.Reply refused =
        admin.post(
            "/users", user("probe.bad." + shortId(), Map.of("org_unit", List.of("Phòng 12"))));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void letsOnlyAdministratorsEditTheOrgUnit() {
    JsonNode profile = admin.get("/users/profile").body();
    JsonNode orgUnit = null;
    for (JsonNode attribute : profile.path("attributes")) {
      if (attribute.path("name").asString().equals("org_unit")) {
        orgUnit = attribute;
      }
    }

    assertThat(orgUnit).as("org_unit declared in the user profile").isNotNull();
    assertThat(orgUnit.path("permissions").path("edit").values())
        .extracting(JsonNode::asString)
        .containsExactly("admin");
    assertThat(profile.has("unmanagedAttributePolicy")).isFalse();
  }

  @Test
  void rejectsPasswordsThatBreakThePolicy() {
    String id = admin.createUser(user("probe.pwd." + shortId(), Map.of()));
    try {
      for (String weak :
          List.of("Short@1", "alllowercase@2026", "NoDigitsHere@@", "NoSpecial2026")) {
        KeycloakAdmin.Reply reply =
            admin.put(
                "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", weak, "temporary", false));
        assertThat(reply.status()).as(weak).isEqualTo(400);
      }
      KeycloakAdmin.Reply strong =
          admin.put(
              "/users/" + id + "/reset-password",
              Map.of("type", "password", "value", "Strong@Pass2026", "temporary", false));
      assertThat(strong.status()).isEqualTo(204);
    } finally {
      admin.delete("/users/" + id);
    }
  }

  @Test
  void locksOutAUserAfterRepeatedFailedLoginsEvenForTheRightPassword() {
    String username = "probe.lock." + shortId();
    String password = "Probe@Pass2026";
    Map<String, Object> user = new LinkedHashMap<>(user(username, Map.of()));
    user.put(
        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
    String id = admin.createUser(user);
    OidcTokenClient tokens = EduRealm.tokens(keycloak);
    String secret = EduRealm.localSecret(EduRealm.LOCAL_LOGIN_CLIENT);
    try {
      assertThat(tokens.password(EduRealm.LOCAL_LOGIN_CLIENT, secret, username, password).granted())
          .isTrue();

      for (int attempt = 1; attempt <= 5; attempt++) {
        TokenResponse failed =
            tokens.password(EduRealm.LOCAL_LOGIN_CLIENT, secret, username, "Wrong@Pass" + attempt);
        assertThat(failed.error()).isEqualTo("invalid_grant");
      }
      String status = "/attack-detection/brute-force/users/" + id;
      awaitTrue(
          "the brute-force detector to lock " + username,
          () -> admin.get(status).body().path("disabled").asBoolean());

      TokenResponse locked =
          tokens.password(EduRealm.LOCAL_LOGIN_CLIENT, secret, username, password);
      assertThat(locked.granted()).isFalse();
      assertThat(locked.error()).isEqualTo("invalid_grant");

      // the lockout is temporary: an administrator (or the wait) releases it
      assertThat(admin.delete(status).status()).isEqualTo(204);
      assertThat(tokens.password(EduRealm.LOCAL_LOGIN_CLIENT, secret, username, password).granted())
          .isTrue();
    } finally {
      admin.delete("/users/" + id);
    }
  }

  private static AccessToken serviceToken(String clientId) {
    return AccessToken.verified(EduRealm.serviceLogin(keycloak, clientId).accessToken(), keycloak);
  }

  private static Set<String> platformRolesOf(AccessToken token) {
    Set<String> roles = new java.util.TreeSet<>(token.realmRoles());
    roles.retainAll(PLATFORM_REALM_ROLES);
    return roles;
  }

  private static Map<String, Object> user(String username, Map<String, List<String>> attributes) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", username);
    user.put("enabled", true);
    user.put("email", username + "@edu-demo.invalid");
    user.put("emailVerified", true);
    user.put("firstName", "Văn Thử");
    user.put("lastName", "Nguyễn");
    user.put("attributes", attributes);
    return user;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Starts a browser login of the SPA client; {@code pkceMethod} null sends no challenge. */
  private static HttpResponse<String> authorize(String redirectUri, String pkceMethod) {
    StringBuilder query =
        new StringBuilder("?client_id=" + EduRealm.FRONTEND_CLIENT)
            .append("&response_type=code&scope=openid&state=st-1")
            .append("&redirect_uri=")
            .append(URLEncoder.encode(redirectUri, StandardCharsets.UTF_8));
    if (pkceMethod != null) {
      query
          .append("&code_challenge=")
          .append(PKCE_CHALLENGE)
          .append("&code_challenge_method=")
          .append(pkceMethod);
    }
    URI uri = URI.create(keycloak.authorizationEndpoint(EduRealm.NAME) + query.toString());
    try {
      return BROWSER.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
