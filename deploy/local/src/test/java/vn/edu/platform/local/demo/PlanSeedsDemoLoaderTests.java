package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanSeedsDemoLoaderTests {

  @Test
  void findsTheFiveSeedPlans() {
    assertThat(new PlanSeedsDemoLoader().documents())
        .hasSize(5)
        .allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith("seed-"));
  }

  @Test
  void postsEveryPlanAsTheDepartmentAndCountsAPlanRecordedBeforeAsLoaded() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String> keys = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        PlanSeedsDemoLoader.PLANS_PATH,
        exchange -> {
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          boolean authorised =
              "Bearer dept-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
          int status = !authorised ? 401 : calls.incrementAndGet() <= 3 ? 201 : 409;
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    try {
      DemoContext context =
          new DemoContext(
              URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
              () -> "dept-token",
              null,
              HttpClient.newHttpClient(),
              Duration.ofSeconds(10),
              line -> {});

      String outcome = new PlanSeedsDemoLoader().load(context);

      assertThat(outcome).startsWith("3 plans recorded, 2 already there");
      assertThat(keys).hasSize(5).doesNotContainNull().doesNotHaveDuplicates();
    } finally {
      server.stop(0);
    }
  }
}
