package vn.edu.platform.systemtest.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.runtime.keycloak.KeycloakServer;

/**
 * Keycloak's admin REST API for the {@code edu} realm, as the bootstrap administrator of the {@code
 * master} realm: enough to read the imported configuration and to manage throw-away users.
 */
final class KeycloakAdmin {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String realmApi;
  private final String token;

  KeycloakAdmin(KeycloakServer server) {
    this.realmApi = server.baseUri() + "/admin/realms/" + EduRealm.NAME;
    this.token =
        new OidcTokenClient(server.tokenEndpoint("master"))
            .password("admin-cli", server.adminUsername(), server.adminPassword())
            .accessToken();
  }

  /** GET {@code /admin/realms/edu<path>}. */
  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  Reply put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** Creates a user and returns its id. */
  String createUser(Object representation) {
    Reply created = post("/users", representation);
    if (created.status() != 201) {
      throw new IllegalStateException("User not created: " + created);
    }
    String location = created.location();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(realmApi + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
      return new Reply(
          response.statusCode(), body, response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer of the admin API. */
  record Reply(int status, JsonNode body, String location) {}
}
