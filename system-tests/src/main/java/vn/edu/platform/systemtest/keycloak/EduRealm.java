package vn.edu.platform.systemtest.keycloak;

import java.nio.file.Path;
import vn.edu.platform.runtime.keycloak.KeycloakServer;

/**
 * The {@code edu} realm of {@code deploy/keycloak/edu-realm.json}: its name, the client for local
 * demo logins and the local-only credentials of its demo users and clients.
 *
 * <p>Every credential here is a <b>local demo value</b>, committed on purpose so that tests and the
 * local platform can log in. Production deployments set each client secret through its {@code
 * EDU_SECRET_<CLIENT_ID>} environment variable at import time, disable {@link #LOCAL_LOGIN_CLIENT}
 * and create no demo users (see deploy/keycloak/README.md).
 */
public final class EduRealm {

  /** The realm every user and service account of the platform lives in. */
  public static final String NAME = "edu";

  /** The audience every platform API requires, and the client that owns the client roles. */
  public static final String API_CLIENT = "edu-api";

  /** The public single-page application client (authorization code + PKCE S256). */
  public static final String FRONTEND_CLIENT = "edu-frontend";

  /**
   * A confidential client with the resource owner password grant, for demo logins with curl and
   * tests. LOCAL USE ONLY: disabled in every shared deployment.
   */
  public static final String LOCAL_LOGIN_CLIENT = "edu-local-cli";

  /** The password of every demo user. LOCAL USE ONLY. */
  public static final String DEMO_PASSWORD = "HaiPhong@2026";

  private EduRealm() {}

  /** The local-only secret of a confidential client, as the realm file's placeholders default. */
  public static String localSecret(String clientId) {
    return "local-only-" + clientId + "-secret";
  }

  /** A launcher preset for this realm: imports {@code realmFile} and waits for the realm. */
  public static KeycloakServer.Builder server(Path keycloakHome, Path realmFile) {
    return KeycloakServer.builder(keycloakHome).realmFile(realmFile).waitForRealm(NAME);
  }

  /** A token client for this realm on a running server. */
  public static OidcTokenClient tokens(KeycloakServer server) {
    return new OidcTokenClient(server.tokenEndpoint(NAME));
  }

  /** Logs a demo user in through {@link #LOCAL_LOGIN_CLIENT} (password grant). */
  public static OidcTokenClient.TokenResponse demoLogin(KeycloakServer server, String username) {
    return tokens(server)
        .password(LOCAL_LOGIN_CLIENT, localSecret(LOCAL_LOGIN_CLIENT), username, DEMO_PASSWORD);
  }

  /** A client-credentials token of one of the realm's confidential clients. */
  public static OidcTokenClient.TokenResponse serviceLogin(KeycloakServer server, String clientId) {
    return tokens(server).clientCredentials(clientId, localSecret(clientId));
  }
}
