package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its distribution zip (unpacked by the build into {@code deploy/local/target}), in
 * development mode with the {@code edu} realm imported. Its embedded H2 database lives in {@code
 * .local/keycloak/h2} (linked from the distribution's {@code data/h2}), so it survives rebuilds;
 * the realm is imported into an empty database only, and imported afresh when the realm file
 * changed since the last import.
 */
final class KeycloakPart {

  static final String REALM_HASH_FILE = "realm-import.sha256";

  private KeycloakPart() {}

  /** What preparing the data found, for the progress line. */
  enum RealmState {
    /** The database exists and was imported from the same realm file. */
    KEPT,
    /** No database yet: the realm is imported at this start. */
    IMPORTING,
    /** The realm file changed: the database was deleted and the realm is imported again. */
    REIMPORTING
  }

  record Prepared(Part part, RealmState realm) {}

  static Prepared create(LocalSettings settings) {
    Path home = settings.keycloakHome();
    RealmState realm = prepareData(settings, home);
    int port = settings.keycloakPort();
    List<String> command =
        List.of(
            "/bin/sh",
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + port,
            "--http-host=127.0.0.1",
            "--hostname=" + settings.keycloakUrl(),
            "--import-realm");
    Map<String, String> env =
        Map.of(
            "JAVA_HOME", LocalSettings.javaHome().toString(),
            "KC_BOOTSTRAP_ADMIN_USERNAME", LocalSettings.KEYCLOAK_ADMIN,
            "KC_BOOTSTRAP_ADMIN_PASSWORD", LocalSettings.KEYCLOAK_ADMIN_PASSWORD);
    Part part =
        new ChildProcessPart(
            "keycloak",
            command,
            env,
            home,
            settings.logFile("keycloak"),
            () -> HttpChecks.answersOk(settings.issuer() + "/.well-known/openid-configuration"),
            Duration.ofSeconds(30),
            settings.runDir());
    return new Prepared(part, realm);
  }

  private static RealmState prepareData(LocalSettings settings, Path home) {
    try {
      Path kept = settings.keycloakDataDir();
      Path database = kept.resolve("h2");
      Path hashFile = kept.resolve(REALM_HASH_FILE);
      String realmHash = sha256(settings.realmFile());
      RealmState state;
      if (!Files.isDirectory(database)) {
        state = RealmState.IMPORTING;
      } else if (!Files.isRegularFile(hashFile) || !Files.readString(hashFile).equals(realmHash)) {
        LocalSettings.deleteRecursively(database);
        state = RealmState.REIMPORTING;
      } else {
        state = RealmState.KEPT;
      }
      Files.createDirectories(database);
      Files.writeString(hashFile, realmHash);

      Path data = home.resolve("data");
      Files.createDirectories(data);
      Path link = data.resolve("h2");
      if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(database)) {
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.isSymbolicLink(link)) {
            Files.delete(link);
          } else {
            LocalSettings.deleteRecursively(link);
          }
        }
        Files.createSymbolicLink(link, database);
      }
      Path imports = data.resolve("import");
      LocalSettings.deleteRecursively(imports);
      Files.createDirectories(imports);
      Files.copy(
          settings.realmFile(),
          imports.resolve(settings.realmFile().getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
