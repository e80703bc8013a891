package vn.edu.platform.signing.localpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The development PKI over HTTP, as a relying party meets a real CA: its CRLs, its certificates, an
 * OCSP responder (RFC 6960) and a time-stamp authority (RFC 3161), all under the PKI's {@link
 * PkiEndpoints base URL}; plus, for development only, an endpoint that revokes a certificate by
 * serial. JDK's {@code com.sun.net.httpserver}, one virtual thread per request.
 *
 * <pre>
 * GET  {base}/root.crl, /issuing.crl   the CA's CRL, issued at the request (DER)
 * GET  {base}/root.crt, /issuing.crt   the CA's certificate (DER); /tsa.crt the TSA's
 * POST {base}/ocsp                     application/ocsp-request → application/ocsp-response
 * POST {base}/tsa                      application/timestamp-query → application/timestamp-reply
 * POST {base}/admin/revocations        serial=…[&amp;reason=keyCompromise], from localhost only
 * </pre>
 *
 * <p>Nothing is cached: each CRL and OCSP answer is made at the request, so a revocation shows at
 * once; how long a client keeps an answer is the client's choice within {@link #VALIDITY}. Requests
 * are counted ({@link #crlRequests}, {@link #ocspRequests}, {@link #timestampRequests}), which is
 * how tests see what a signer really fetched.
 *
 * <p>Bind first ({@link #bind}), so that a PKI can be created with the port actually bound in its
 * URLs, then {@link #start} it with the PKI.
 */
public final class PkiHttpServer implements AutoCloseable {

  /**
   * How long a CRL or OCSP answer says it is good for (its nextUpdate): short, as a development
   * CA's revocations must show within seconds to clients that respect it, and long enough for a
   * signature's embedded answer to cover its time-stamp.
   */
  public static final Duration VALIDITY = Duration.ofHours(1);

  private static final int MAX_REQUEST_BYTES = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, AtomicInteger> crlRequests = new ConcurrentHashMap<>();
  private final Map<BigInteger, AtomicInteger> ocspRequests = new ConcurrentHashMap<>();
  private final AtomicInteger timestampRequests = new AtomicInteger();
  private volatile boolean started;

  private PkiHttpServer(HttpServer server) {
    this.server = server;
  }

  /**
   * A server bound to {@code address} (port 0: any free port), not yet answering.
   *
   * @throws UncheckedIOException when the address is taken
   */
  public static PkiHttpServer bind(InetSocketAddress address) {
    try {
      return new PkiHttpServer(HttpServer.create(address, 50));
    } catch (IOException e) {
      throw new UncheckedIOException("could not bind the PKI's HTTP server to " + address, e);
    }
  }

  /** A server bound to {@code port} (0: any free port) of the loopback interface. */
  public static PkiHttpServer bindLoopback(int port) {
    return bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /** The port it is bound to. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The base URL a PKI served here should publish: {@code http://localhost:PORT/pki}. {@code
   * localhost} rather than the address, as the certificates of the local platform always said.
   */
  public String baseUrl() {
    return "http://localhost:" + port() + "/pki";
  }

  /**
   * Starts answering for {@code pki} under the path of its base URL, its time-stamp authority
   * answering time-stamp requests, with {@code clock} giving the time of CRLs, OCSP answers and
   * time-stamps.
   */
  public synchronized PkiHttpServer start(DevelopmentPki pki, Clock clock) {
    if (started) {
      throw new IllegalStateException("the PKI's HTTP server was started already");
    }
    String path = pki.endpoints().path();
    OcspResponder ocsp = new OcspResponder(pki, clock, VALIDITY);
    TimestampResponder tsa = new TimestampResponder(pki.timestampAuthority(), clock);
    server.createContext(
        path + "/root.crl", get(crl(pki, pki.rootCertificate(), "root.crl", clock)));
    server.createContext(
        path + "/issuing.crl", get(crl(pki, pki.issuingCertificate(), "issuing.crl", clock)));
    server.createContext(path + "/root.crt", get(certificate(pki.rootCertificate())));
    server.createContext(path + "/issuing.crt", get(certificate(pki.issuingCertificate())));
    server.createContext(
        path + "/tsa.crt", get(certificate(pki.timestampAuthority().certificate())));
    server.createContext(
        path + "/ocsp",
        post(
            "application/ocsp-request",
            body -> {
              OcspResponder.Answer answer = ocsp.answer(body);
              answer.serials().forEach(serial -> count(ocspRequests, serial));
              return new Reply(200, "application/ocsp-response", answer.encoded());
            }));
    server.createContext(
        path + "/tsa",
        post(
            "application/timestamp-query",
            body -> {
              timestampRequests.incrementAndGet();
              return new Reply(200, "application/timestamp-reply", tsa.answer(body));
            }));
    server.createContext(path + "/admin/revocations", revocations(pki, clock));
    server.setExecutor(executor);
    server.start();
    started = true;
    return this;
  }

  /** How many times the CRL {@code name} ({@code root.crl} or {@code issuing.crl}) was fetched. */
  public int crlRequests(String name) {
    AtomicInteger count = crlRequests.get(name);
    return count == null ? 0 : count.get();
  }

  /** How many OCSP requests asked about the certificate with this serial. */
  public int ocspRequests(BigInteger serial) {
    AtomicInteger count = ocspRequests.get(serial);
    return count == null ? 0 : count.get();
  }

  /** How many time-stamp requests were answered. */
  public int timestampRequests() {
    return timestampRequests.get();
  }

  /** Stops answering at once and frees the port; idempotent. */
  @Override
  public synchronized void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private GetEndpoint crl(DevelopmentPki pki, X509Certificate ca, String name, Clock clock) {
    return () -> {
      count(crlRequests, name);
      try {
        byte[] crl =
            pki.crlFor(ca, clock.instant(), VALIDITY)
                .orElseThrow(() -> new IllegalStateException("no CRL for " + name))
                .getEncoded();
        return new Reply(200, "application/pkix-crl", crl);
      } catch (CRLException e) {
        throw new IOException("could not encode the CRL", e);
      }
    };
  }

  private static GetEndpoint certificate(X509Certificate certificate) {
    byte[] encoded;
    try {
      encoded = certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return () -> new Reply(200, "application/pkix-cert", encoded);
  }

  /**
   * {@code POST serial=1003&reason=keyCompromise} (reason optional, key compromise by default): the
   * certificate is revoked now. Refused unless the caller is on this machine, since anyone who
   * reaches it revokes anyone.
   */
  private com.sun.net.httpserver.HttpHandler revocations(DevelopmentPki pki, Clock clock) {
    return exchange -> {
      try (exchange) {
        if (!isLocal(exchange)) {
          send(exchange, text(403, "revocations are accepted from localhost only"));
          return;
        }
        if (!isExactPath(exchange)) {
          send(exchange, text(404, "not found"));
          return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
          exchange.getResponseHeaders().set("Allow", "POST");
          send(exchange, text(405, "POST serial=<serial>[&reason=<RFC 5280 reason>]"));
          return;
        }
        Reply reply;
        try {
          Map<String, String> form = form(readBody(exchange));
          BigInteger serial = new BigInteger(require(form, "serial").trim());
          RevocationReason reason =
              RevocationReason.named(form.getOrDefault("reason", "keyCompromise"));
          Revocation revocation = pki.revoke(serial, clock.instant(), reason);
          reply =
              text(
                  200,
                  "revoked "
                      + revocation.serial()
                      + " at "
                      + revocation.revokedAt()
                      + " ("
                      + revocation.reason().rfcName()
                      + ")");
        } catch (NumberFormatException e) {
          reply = text(400, "serial must be a decimal number");
        } catch (MalformedRequestException e) {
          reply = text(413, e.getMessage());
        } catch (IllegalArgumentException e) {
          reply = text(e.getMessage().startsWith("no certificate") ? 404 : 400, e.getMessage());
        }
        send(exchange, reply);
      }
    };
  }

  private static boolean isLocal(HttpExchange exchange) {
    return exchange.getRemoteAddress().getAddress().isLoopbackAddress();
  }

  private static String require(Map<String, String> form, String name) {
    String value = form.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }

  private static Map<String, String> form(byte[] body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static <K> void count(Map<K, AtomicInteger> counters, K key) {
    counters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  /** An answer to a request. */
  private record Reply(int status, String contentType, byte[] body) {}

  private static Reply text(int status, String message) {
    return new Reply(
        status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** What a {@code GET} endpoint answers. */
  @FunctionalInterface
  private interface GetEndpoint {
    Reply reply() throws IOException;
  }

  /** A handler of {@code POST} bodies of one media type. */
  @FunctionalInterface
  private interface BodyHandler {
    Reply reply(byte[] body) throws IOException;
  }

  private static com.sun.net.httpserver.HttpHandler get(GetEndpoint handler) {
    return exchange -> {
      try (exchange) {
        if (!exchange.getRequestMethod().equals("GET")
            && !exchange.getRequestMethod().equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          send(exchange, text(405, "GET only"));
          return;
        }
        if (!isExactPath(exchange)) {
          send(exchange, text(404, "not found"));
          return;
        }
        send(exchange, safely(handler::reply));
      }
    };
  }

  private static com.sun.net.httpserver.HttpHandler post(String mediaType, BodyHandler handler) {
    return exchange -> {
      try (exchange) {
        if (!exchange.getRequestMethod().equals("POST")) {
          exchange.getResponseHeaders().set("Allow", "POST");
          send(exchange, text(405, "POST " + mediaType + " only"));
          return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(mediaType)) {
          send(exchange, text(415, "expected Content-Type " + mediaType));
          return;
        }
        byte[] body;
        try {
          body = readBody(exchange);
        } catch (MalformedRequestException e) {
          send(exchange, text(413, e.getMessage()));
          return;
        }
        send(exchange, safely(() -> handler.reply(body)));
      }
    };
  }

  /** A context matches its path and everything below it; only the path itself is served. */
  private static boolean isExactPath(HttpExchange exchange) {
    return exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath());
  }

  private interface ReplySupplier {
    Reply get() throws IOException;
  }

  /** A malformed request is the client's fault (400); anything else is ours (500). */
  private static Reply safely(ReplySupplier supplier) {
    try {
      return supplier.get();
    } catch (MalformedRequestException e) {
      return text(400, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return text(500, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
      if (body.length > MAX_REQUEST_BYTES) {
        throw new MalformedRequestException(
            "request body over " + MAX_REQUEST_BYTES + " bytes", null);
      }
      return body;
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  /** A request body that is not what the endpoint's protocol expects. */
  static final class MalformedRequestException extends IOException {
    MalformedRequestException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
