package vn.edu.platform.bench.records;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * student-record-service's API on the local platform, as the benchmarks drive it: tokens of the
 * demo logins (password grant of {@code edu-local-cli}, kept a minute), JSON calls that fail loudly
 * on an unexpected status, file imports polled to their end, and the one-time code inbox of the
 * simulated CA. Loopback only: a benchmark never sends its load anywhere else.
 */
final class LocalRecordsApi {

  static final String BASE = "/api/v1/student-records";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PASSWORD = "HaiPhong@2026";
  private static final Duration TOKEN_LIFE = Duration.ofMinutes(1);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String gateway;
  private final String service;
  private final String keycloak;
  private final String codeInbox;
  private final Map<String, Map.Entry<Instant, String>> tokens = new HashMap<>();

  private LocalRecordsApi(String gateway, String service, String keycloak, String codeInbox) {
    this.gateway = gateway;
    this.service = service;
    this.keycloak = keycloak;
    this.codeInbox = codeInbox;
  }

  /** From {@code GATEWAY}, {@code SERVICE}, {@code KEYCLOAK}, {@code OTP_INBOX}: local defaults. */
  static LocalRecordsApi fromEnvironment() {
    LocalRecordsApi api =
        new LocalRecordsApi(
            env("GATEWAY", "http://localhost:8080"),
            env("SERVICE", "http://localhost:8082"),
            env("KEYCLOAK", "http://localhost:8180"),
            env("OTP_INBOX", "http://localhost:8192/otp-inbox"));
    for (String url : List.of(api.gateway, api.service, api.keycloak, api.codeInbox)) {
      String host = URI.create(url).getHost();
      if (!List.of("localhost", "127.0.0.1", "::1").contains(host)) {
        throw new IllegalArgumentException("only the local platform is measured, not " + url);
      }
    }
    return api;
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The API's root through the gateway, or at the service itself (the benchmarks' baseline). */
  String root(boolean viaGateway) {
    return (viaGateway ? gateway : service) + BASE;
  }

  /**
   * The service's count of a Micrometer counter with one tag, from its Prometheus endpoint (0 when
   * the service has not counted it yet).
   */
  double serviceCounter(String prometheusName, String tag, String value) {
    String text =
        send(HttpRequest.newBuilder(URI.create(service + "/actuator/prometheus")).GET().build())
            .body();
    double sum = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith(prometheusName + "{") && line.contains(tag + "=\"" + value + "\"")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  HttpClient client() {
    return client;
  }

  /** An access token of a demo login, fetched again once it is a minute old. */
  String token(String login) {
    Map.Entry<Instant, String> cached = tokens.get(login);
    if (cached != null && cached.getKey().plus(TOKEN_LIFE).isAfter(Instant.now())) {
      return cached.getValue();
    }
    String form =
        "grant_type=password&client_id=edu-local-cli&client_secret=local-only-edu-local-cli-secret"
            + "&username="
            + URLEncoder.encode(login, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/edu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + login + ": " + response.statusCode());
    }
    String token = JSON.readTree(response.body()).get("access_token").asString();
    tokens.put(login, Map.entry(Instant.now(), token));
    return token;
  }

  /** {@code GET} through the gateway; 200 expected. */
  JsonNode get(String login, String path) {
    return call(login, "GET", gateway + BASE + path, null, null, 200);
  }

  /** {@code POST} of a JSON body through the gateway; any 2xx. */
  JsonNode post(String login, String path, Object body) {
    return call(login, "POST", gateway + BASE + path, body, null, -1);
  }

  /** A call with an {@code Idempotency-Key} on every write; {@code expected} -1 takes any 2xx. */
  JsonNode call(
      String login,
      String method,
      String url,
      @Nullable Object body,
      @Nullable String ifMatch,
      int expected) {
    HttpRequest.Builder request = authorised(login, url);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (!method.equals("GET")) {
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
    HttpResponse<String> response = send(request.build());
    boolean ok =
        expected == -1 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
    if (!ok) {
      throw new IllegalStateException(
          method + " " + url + ": " + response.statusCode() + " " + response.body());
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  HttpRequest.Builder authorised(String login, String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token(login))
        .header("Accept", "application/json");
  }

  /**
   * A CSV file through the import framework ({@code students}, {@code grade-sheets}), to its end.
   */
  JsonNode importCsv(String login, String type, String fileName, String csv) {
    String boundary = "bench-" + UUID.randomUUID();
    byte[] body =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv; charset=UTF-8\r\n\r\n"
                + csv
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> started =
        send(
            authorised(login, gateway + BASE + "/imports/" + type)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    if (started.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          type + " import: " + started.statusCode() + " " + started.body());
    }
    String id = JSON.readTree(started.body()).path("id").asString();
    Instant until = Instant.now().plus(Duration.ofMinutes(5));
    while (true) {
      JsonNode job = get(login, "/import-jobs/" + id);
      String status = job.path("status").asString();
      if (status.equals("COMPLETED") && job.path("rowsRejected").asInt() == 0) {
        return job;
      }
      if (status.equals("COMPLETED") || status.equals("FAILED") || Instant.now().isAfter(until)) {
        throw new IllegalStateException(
            type + " import ended " + job + ": " + get(login, "/import-jobs/" + id + "/errors"));
      }
      pause(Duration.ofMillis(300));
    }
  }

  /** The latest one-time code the simulated CA texted the login, as the signer reads it. */
  String oneTimeCode(String login) {
    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(URI.create(codeInbox + "/" + login)).GET().build());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("no one-time code for " + login + " in " + codeInbox);
    }
    return answer.body().trim();
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
