package vn.edu.platform.test.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.JWKGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The test JVM's stand-in for Keycloak's public endpoints: the RSA signing key and an HTTP server
 * on 127.0.0.1 that publishes the realm's OpenID configuration and JWKS.
 *
 * <p>A resource server configured with the {@code issuer-uri} then checks real RS256 signatures
 * against a real key set, exactly as against Keycloak; nothing in the application under test is
 * mocked. The key is generated once per JVM: RSA-2048 generation takes a few hundred milliseconds.
 */
final class TestIdentityProvider {

  static final String CERTS_PATH = "/protocol/openid-connect/certs";
  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

  private static @Nullable TestIdentityProvider instance;

  private final RSAKey signingKey;
  private final RSAKey foreignKey;
  private final HttpServer server;
  private final String issuer;

  private TestIdentityProvider() {
    this.signingKey = generateKey(null);
    // same kid as the real key: the decoder finds "its" key and must reject the signature itself
    this.foreignKey = generateKey(signingKey.getKeyID());
    this.server = startServer();
    this.issuer =
        "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + KeycloakNames.REALM;
    server.createContext("/realms/" + KeycloakNames.REALM + "/", this::handle);
  }

  static synchronized TestIdentityProvider get() {
    if (instance == null) {
      TestIdentityProvider provider = new TestIdentityProvider();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> provider.server.stop(0), "test-jwks-shutdown"));
      instance = provider;
    }
    return instance;
  }

  String issuer() {
    return issuer;
  }

  String jwksUri() {
    return issuer + CERTS_PATH;
  }

  RSAKey signingKey() {
    return signingKey;
  }

  RSAKey foreignKey() {
    return foreignKey;
  }

  private static RSAKey generateKey(@Nullable String keyId) {
    try {
      JWKGenerator<RSAKey> generator =
          new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
      // Keycloak's kid is a base64url SHA-256 thumbprint of the key, like this one
      return keyId == null
          ? generator.keyIDFromThumbprint(true).generate()
          : generator.keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not generate the test RSA key", e);
    }
  }

  private static HttpServer startServer() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      // virtual threads are daemon threads: the server never keeps a test JVM alive
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      // the dispatcher thread inherits daemon status from the thread that starts the server
      Thread starter = Thread.ofPlatform().daemon().name("test-jwks-start").start(server::start);
      starter.join();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the test JWKS server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the test JWKS server", e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String realmPath = "/realms/" + KeycloakNames.REALM;
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
      } else if (path.equals(realmPath + CERTS_PATH)) {
        send(exchange, new JWKSet(signingKey.toPublicJWK()).toString());
      } else if (path.equals(realmPath + DISCOVERY_PATH)) {
        send(exchange, JSONObjectUtils.toJSONString(discoveryDocument()));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private Map<String, Object> discoveryDocument() {
    String endpoints = issuer + "/protocol/openid-connect";
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("authorization_endpoint", endpoints + "/auth");
    document.put("token_endpoint", endpoints + "/token");
    document.put("introspection_endpoint", endpoints + "/token/introspect");
    document.put("userinfo_endpoint", endpoints + "/userinfo");
    document.put("end_session_endpoint", endpoints + "/logout");
    document.put("jwks_uri", jwksUri());
    document.put(
        "grant_types_supported",
        List.of("authorization_code", "refresh_token", "client_credentials"));
    document.put("response_types_supported", List.of("code"));
    document.put("subject_types_supported", List.of("public", "pairwise"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("scopes_supported", List.of("openid", "profile", "email"));
    return document;
  }

  private static void send(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
