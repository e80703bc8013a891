package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a stand-in of plan-service's import endpoint behind the gateway. */
class OrgDirectoryDemoLoaderTests {

  @TempDir Path directory;

  private HttpServer server;
  private final List<String> idempotencyKeys = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> uploads = new ArrayList<>();
  private final AtomicInteger polls = new AtomicInteger();
  private volatile String finalStatus = "COMPLETED";
  private volatile int accepted = 20;
  private volatile boolean alreadyImported;

  @BeforeEach
  void startStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(OrgDirectoryDemoLoader.IMPORT_PATH, this::handle);
    server.start();
  }

  @AfterEach
  void stopStandIn() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    if (exchange.getRequestMethod().equals("POST")) {
      idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      uploads.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      if (alreadyImported) {
        // plan-service's answer to a file it imported before: that import's job, no Location
        byte[] body =
            ("{\"id\":7,\"links\":{\"self\":\"" + OrgDirectoryDemoLoader.IMPORT_PATH + "/7\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      } else {
        exchange.getResponseHeaders().add("Location", OrgDirectoryDemoLoader.IMPORT_PATH + "/7");
        exchange.sendResponseHeaders(202, -1);
      }
    } else {
      String status = polls.incrementAndGet() < 2 ? "RUNNING" : finalStatus;
      byte[] body =
          ("{\"id\":7,\"status\":\""
                  + status
                  + "\",\"rowsAccepted\":"
                  + accepted
                  + ",\"rowsRejected\":"
                  + (20 - accepted)
                  + "}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Test
  void uploadsTheCsvAsMultipartFileAndPollsTheJobUntilCompleted() throws IOException {
    DemoContext context = context();

    String outcome = new OrgDirectoryDemoLoader().load(context);

    assertThat(outcome)
        .isEqualTo(
            "20 of 20 units accepted, 0 rejected (import job "
                + OrgDirectoryDemoLoader.IMPORT_PATH
                + "/7)");
    assertThat(polls).hasValue(2);
    assertThat(authorizations).allMatch("Bearer department-token"::equals);
    assertThat(uploads.getFirst())
        .contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"org-units-2025-07-01.csv\"")
        .contains("S311002,Trường Tiểu học Hồng Bàng,SCHOOL,PRIMARY,PUBLIC,,X11311,2025-07-01");
    assertThat(Files.readString(context.data().orgUnitsCurrent())).isNotEmpty();
  }

  @Test
  void secondStartUploadsTheSameBytesAndFollowsTheEarlierJob() {
    DemoContext context = context();

    new OrgDirectoryDemoLoader().load(context);
    polls.set(0);
    alreadyImported = true;
    String second = new OrgDirectoryDemoLoader().load(context);

    assertThat(second).contains("(import job " + OrgDirectoryDemoLoader.IMPORT_PATH + "/7)");
    assertThat(uploads).hasSize(2);
    assertThat(uploads.get(1)).isEqualTo(uploads.get(0));
    assertThat(idempotencyKeys).containsOnlyNulls();
  }

  @Test
  void failedImportJobIsReportedWithItsState() {
    finalStatus = "FAILED";

    assertThatThrownBy(() -> new OrgDirectoryDemoLoader().load(context()))
        .isInstanceOf(DemoDataException.class)
        .hasMessageContaining("FAILED");
  }

  @Test
  void completedImportWithRejectedRowsIsReportedAsAFailureWithTheErrorsLink() {
    accepted = 18;

    assertThatThrownBy(() -> new OrgDirectoryDemoLoader().load(context()))
        .isInstanceOf(DemoDataException.class)
        .hasMessageContaining("18 of 20 units accepted, 2 rejected")
        .hasMessageContaining("/7/errors");
  }

  private DemoContext context() {
    return new DemoContext(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        () -> "department-token",
        DemoDataSet.write(directory, OrgTreeGenerator.DEFAULT_SEED, DemoSize.SMALL),
        HttpClient.newHttpClient(),
        Duration.ofSeconds(20),
        line -> {});
  }
}
