package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.keycloak.KeycloakServer;
import vn.edu.platform.runtime.keycloak.KeycloakServer.DataPolicy;
import vn.edu.platform.runtime.keycloak.KeycloakServer.RealmImport;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * Keycloak from its distribution zip (unpacked by the build into {@code deploy/local/target}), run
 * by platform-runtime's {@link KeycloakServer} in development mode with the {@code edu} realm
 * imported. Its embedded H2 database lives in {@code .local/keycloak/h2} (linked from the
 * distribution's {@code data/h2}), so it survives rebuilds; the realm is imported into an empty
 * database only, and imported afresh when the realm file changed since the last import.
 */
final class KeycloakPart implements Part {

  private final LocalSettings settings;
  private @Nullable KeycloakServer server;

  KeycloakPart(LocalSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "keycloak";
  }

  @Override
  public Path logFile() {
    return settings.logFile(name());
  }

  /** What the launch found in the database; known once launched. */
  RealmImport realmImport() {
    return requireLaunched().realmImport();
  }

  @Override
  public synchronized void launch() {
    KeycloakServer launched =
        KeycloakServer.builder(settings.keycloakHome())
            .realmFile(settings.realmFile())
            .waitForRealm(LocalSettings.REALM)
            .port(settings.keycloakPort())
            .admin(LocalSettings.KEYCLOAK_ADMIN, LocalSettings.KEYCLOAK_ADMIN_PASSWORD)
            .dataPolicy(DataPolicy.REIMPORT_WHEN_REALMS_CHANGE)
            .databaseDirectory(settings.keycloakDataDir().resolve("h2"))
            .logFile(logFile())
            .launch();
    server = launched;
    launched.handle().ifPresent(pidFile()::write);
  }

  @Override
  public void awaitReady(Duration timeout) {
    try {
      requireLaunched().awaitReady(timeout);
    } catch (StartFailedException e) {
      throw new PartFailedException(e.getMessage(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.close();
      pidFile().delete();
    }
  }

  @Override
  public List<Long> pids() {
    KeycloakServer running = server;
    return running == null
        ? List.of()
        : running.handle().map(p -> List.of(p.pid())).orElse(List.of());
  }

  @Override
  public boolean isAlive() {
    KeycloakServer running = server;
    return running != null && running.isRunning();
  }

  private PidFile pidFile() {
    return new PidFile(settings.runDir().resolve(name() + ".pid"));
  }

  private KeycloakServer requireLaunched() {
    KeycloakServer running = server;
    if (running == null) {
      throw new IllegalStateException("Keycloak was not launched");
    }
    return running;
  }
}
