package vn.edu.platform.systemtest.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Asks an OpenID Connect token endpoint for tokens: the password grant (demo users) and the client
 * credentials grant (service accounts). Refusals are answers, not exceptions, so tests can assert
 * on them.
 */
public final class OidcTokenClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI tokenEndpoint;

  public OidcTokenClient(URI tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  /** The resource owner password grant with a confidential client. */
  public TokenResponse password(
      String clientId, String clientSecret, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("username", username);
    form.put("password", password);
    form.put("scope", "openid");
    return post(form);
  }

  /** The resource owner password grant with a public client (no secret). */
  public TokenResponse password(String clientId, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", password);
    return post(form);
  }

  /** The client credentials grant. */
  public TokenResponse clientCredentials(String clientId, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return post(form);
  }

  private TokenResponse post(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new TokenResponse(response.statusCode(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException("Token request to " + tokenEndpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while asking " + tokenEndpoint, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * The token endpoint's answer.
   *
   * @param status the HTTP status
   * @param body the JSON body: the tokens, or {@code error} and {@code error_description}
   */
  public record TokenResponse(int status, JsonNode body) {

    /** Whether an access token was issued. */
    public boolean granted() {
      return status == 200 && body.hasNonNull("access_token");
    }

    /** The access token; fails with the endpoint's error when none was issued. */
    public String accessToken() {
      if (!granted()) {
        throw new IllegalStateException("No access token: HTTP " + status + " " + body);
      }
      return body.get("access_token").asString();
    }

    /** The OAuth error code of a refusal (e.g. {@code invalid_grant}), or empty. */
    public String error() {
      return body.path("error").asString("");
    }
  }
}
