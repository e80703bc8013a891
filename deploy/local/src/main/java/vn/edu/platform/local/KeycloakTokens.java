package vn.edu.platform.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the {@code edu} realm by the resource-owner password grant of the confidential
 * demo client {@code edu-local-cli} (direct access grants enabled for local use only). Its secret
 * comes from {@code EDU_SECRET_EDU_LOCAL_CLI}, as in the realm file, with the same local-only
 * default.
 */
final class KeycloakTokens {

  static final String CLIENT_ID = "edu-local-cli";
  static final String SECRET_VARIABLE = "EDU_SECRET_EDU_LOCAL_CLI";
  static final String DEFAULT_SECRET = "local-only-edu-local-cli-secret";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String tokenEndpoint;
  private final String clientSecret;
  private final HttpClient http;

  KeycloakTokens(String issuer, String clientSecret, HttpClient http) {
    this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    this.clientSecret = clientSecret;
    this.http = http;
  }

  /**
   * The client for every call of the launcher: HTTP/1.1, which Keycloak, the gateway and the
   * services speak on plain HTTP, instead of the JDK client's default of trying an {@code h2c}
   * upgrade on each new connection.
   */
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static KeycloakTokens forIssuer(String issuer, HttpClient http) {
    String secret = System.getenv().getOrDefault(SECRET_VARIABLE, DEFAULT_SECRET);
    return new KeycloakTokens(issuer, secret, http);
  }

  /** The access token of a demo user. */
  String accessToken(String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", CLIENT_ID);
    form.put("client_secret", clientSecret);
    form.put("username", username);
    form.put("password", password);
    form.put("scope", "openid");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenEndpoint))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = JSON.readTree(answer.body());
      if (answer.statusCode() != 200 || !json.hasNonNull("access_token")) {
        throw new IllegalStateException(
            "Keycloak refused the login of "
                + username
                + " ("
                + answer.statusCode()
                + "): "
                + answer.body());
      }
      return json.get("access_token").asString();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak at " + tokenEndpoint + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The curl command that does the same, for the summary and the README. */
  String curlCommand(String username, String password) {
    return "curl -s "
        + tokenEndpoint
        + " -d grant_type=password -d client_id="
        + CLIENT_ID
        + " -d client_secret="
        + clientSecret
        + " -d username="
        + username
        + " -d 'password="
        + password
        + "' | jq -r .access_token";
  }
}
