package vn.edu.platform.signing.localpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A development PKI in memory served over HTTP on a free loopback port, for the tests of one class
 * or one test: its certificates name that port, so DSS's online sources reach this server.
 */
public final class RunningPki implements AutoCloseable {

  /** Before now, so that certificates issued "from now" are valid in every test. */
  public static final Instant START = Instant.now().minus(Duration.ofDays(1));

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final DevelopmentPki pki;
  private final PkiHttpServer server;

  private RunningPki(DevelopmentPki pki, PkiHttpServer server) {
    this.pki = pki;
    this.server = server;
  }

  public static RunningPki start() {
    PkiHttpServer server = PkiHttpServer.bindLoopback(0);
    DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", server.baseUrl(), START);
    server.start(pki, Clock.systemUTC());
    return new RunningPki(pki, server);
  }

  public DevelopmentPki pki() {
    return pki;
  }

  public PkiHttpServer server() {
    return server;
  }

  public PkiEndpoints endpoints() {
    return pki.endpoints();
  }

  /** A signer of the issuing CA valid for two years from {@link #START}. */
  public IssuedSigner issueSigner(String fullName, String unit, String unitCode, String role) {
    return pki.issueSigner(fullName, unit, unitCode, role, START, Duration.ofDays(730));
  }

  public static HttpResponse<byte[]> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  public static HttpResponse<byte[]> post(String url, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Revokes through the development endpoint, as a developer would with curl. */
  public HttpResponse<byte[]> revokeOverHttp(BigInteger serial, String reason) {
    String form = "serial=" + serial + (reason == null ? "" : "&reason=" + reason);
    return post(endpoints().revocations(), "application/x-www-form-urlencoded", form.getBytes());
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
