package vn.edu.platform.local;

import java.nio.file.Path;
import vn.edu.platform.runtime.keycloak.KeycloakServer;
import vn.edu.platform.runtime.keycloak.KeycloakServer.DataPolicy;
import vn.edu.platform.runtime.keycloak.KeycloakServer.RealmImport;

/**
 * Keycloak from its distribution zip (unpacked by the build into {@code deploy/local/target}), run
 * by platform-runtime's {@link KeycloakServer} in development mode with the {@code edu} realm
 * imported. Its embedded H2 database lives in {@code .local/keycloak/h2} (linked from the
 * distribution's {@code data/h2}), so it survives rebuilds; the realm is imported into an empty
 * database only, and imported afresh when the realm file changed since the last import.
 */
final class KeycloakPart extends Part<KeycloakServer> {

  KeycloakPart(LocalSettings settings) {
    super("keycloak", settings);
  }

  /** What the launch found in the database; known once launched. */
  RealmImport realmImport() {
    return server().realmImport();
  }

  @Override
  KeycloakServer launchServer(Path logFile) {
    return KeycloakServer.builder(settings().keycloakHome())
        .realmFile(settings().realmFile())
        .waitForRealm(LocalSettings.REALM)
        .port(settings().keycloakPort())
        .admin(LocalSettings.KEYCLOAK_ADMIN, LocalSettings.KEYCLOAK_ADMIN_PASSWORD)
        .dataPolicy(DataPolicy.REIMPORT_WHEN_REALMS_CHANGE)
        .databaseDirectory(settings().keycloakDataDir().resolve("h2"))
        .logFile(logFile)
        .launch();
  }
}
