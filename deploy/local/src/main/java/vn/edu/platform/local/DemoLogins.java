package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo users of the realm export ({@code deploy/keycloak/edu-realm.json}) that can log in with
 * a password: read from the file, so the summary always shows what Keycloak imported.
 */
final class DemoLogins {

  /** One demo login. */
  record Login(String username, String password, String orgUnit, String roles) {}

  private DemoLogins() {}

  static List<Login> read(Path realmFile) {
    try {
      JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(realmFile));
      List<Login> logins = new ArrayList<>();
      for (JsonNode user : realm.path("users")) {
        String password = "";
        for (JsonNode credential : user.path("credentials")) {
          if ("password".equals(credential.path("type").asString())) {
            password = credential.path("value").asString();
          }
        }
        if (password.isEmpty()) {
          continue;
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : user.path("realmRoles")) {
          if (!role.asString().startsWith("default-roles-")) {
            roles.add(role.asString());
          }
        }
        String orgUnit = user.path("attributes").path("org_unit").path(0).asString("");
        logins.add(
            new Login(
                user.path("username").asString(), password, orgUnit, String.join(",", roles)));
      }
      return logins;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The login with this user name. */
  static Login find(List<Login> logins, String username) {
    return logins.stream()
        .filter(login -> login.username().equals(username))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("No demo user '" + username + "' in the realm file"));
  }
}
