package vn.edu.platform.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for one platform service on 127.0.0.1 and a random port: records every request it
 * receives (method, path with query, headers, body size) and answers 200 with a small JSON body,
 * unless a test scripted something else for a path: a number of failures first, or no answer until
 * released.
 */
public final class StubService {

  /** How long a held request waits for its release at most, so no handler outlives a run. */
  private static final long HOLD_LIMIT_SECONDS = 60;

  private final String name;
  private final HttpServer server;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();

  private StubService(String name) {
    this.name = name;
    this.server = startServer();
    server.createContext("/", this::handle);
  }

  public static StubService start(String name) {
    return new StubService(name);
  }

  /** A base URL where nothing listens: connections are refused. */
  public static String refusingBaseUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests received for {@code path} (without query), oldest first. */
  public List<RecordedRequest> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The only request received for {@code path}; fails when there was none or several. */
  public RecordedRequest onlyRequestTo(String path) {
    List<RecordedRequest> received = requestsTo(path);
    if (received.size() != 1) {
      throw new AssertionError(
          name + " received " + received.size() + " requests for " + path + ", expected 1");
    }
    return received.getFirst();
  }

  /** The first {@code times} requests for {@code path} are answered with {@code status}. */
  public void failFirst(String path, int times, int status) {
    failures.put(path, new Failures(new AtomicInteger(times), status));
  }

  /** Requests for {@code path} get no answer until {@link #releaseHeld()}. */
  public void hold(String path) {
    held.put(path, new CountDownLatch(1));
  }

  /** Requests for {@code path} are answered after {@code delay}: a slow but working service. */
  public void delay(String path, Duration delay) {
    delays.put(path, delay);
  }

  public void releaseHeld() {
    held.values().forEach(CountDownLatch::countDown);
  }

  private HttpServer startServer() {
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      // the dispatcher thread inherits daemon status from the thread that starts the server
      Thread starter = Thread.ofPlatform().daemon().name("stub-" + name).start(created::start);
      starter.join();
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long bodyBytes = drain(exchange.getRequestBody());
      String path = exchange.getRequestURI().getRawPath();
      Map<String, List<String>> headers =
          exchange.getRequestHeaders().entrySet().stream()
              .collect(
                  Collectors.toMap(
                      e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
      requests.add(
          new RecordedRequest(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              headers,
              bodyBytes));
      CountDownLatch hold = held.get(path);
      if (hold != null) {
        awaitRelease(hold, Duration.ofSeconds(HOLD_LIMIT_SECONDS));
      }
      Duration delay = delays.get(path);
      if (delay != null) {
        // a latch nobody releases: the handler thread simply waits out the simulated work
        awaitRelease(new CountDownLatch(1), delay);
      }
      Failures failure = failures.get(path);
      if (failure != null && failure.remaining().getAndDecrement() > 0) {
        send(exchange, failure.status(), "{\"code\":\"stub-failure\"}");
        return;
      }
      send(exchange, 200, "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}");
    }
  }

  private static void awaitRelease(CountDownLatch hold, Duration limit) {
    try {
      hold.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long drain(InputStream body) throws IOException {
    long total = 0;
    byte[] buffer = new byte[8192];
    for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
      total += read;
    }
    return total;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private record Failures(AtomicInteger remaining, int status) {}

  /** One request as the service received it; header names in lower case. */
  public record RecordedRequest(
      String method, String path, String query, Map<String, List<String>> headers, long bodyBytes) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : String.join(",", values);
    }
  }
}
