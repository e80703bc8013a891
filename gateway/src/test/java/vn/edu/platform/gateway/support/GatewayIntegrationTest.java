package vn.edu.platform.gateway.support;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.edu.platform.test.security.TestTokens;

/**
 * The gateway running on a random port in front of {@link Downstreams}, with Keycloak replaced by
 * the test kit's JWKS server and small limits so that tests can reach them quickly. Every subclass
 * shares one Spring context (identical configuration).
 *
 * <p>127.0.0.1 is a trusted proxy here, so a test names its client with {@code X-Forwarded-For}
 * ({@link #newClientAddress()}) and gets rate-limit buckets of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
// Spring Boot 4 switches W3C propagation on only while tracing export is on, and tests switch
// export off unless asked; no span leaves the JVM (the OTLP exporter is disabled in
// application.yml)
@AutoConfigureTracing
// the Prometheus endpoint exists only with metrics export on
@AutoConfigureMetrics
public abstract class GatewayIntegrationTest {

  public static final String FRONTEND_ORIGIN = "http://localhost:5173";
  public static final int PUBLIC_BURST = 3;
  public static final Duration ADMISSION_TIMEOUT = Duration.ofSeconds(1);

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @Autowired protected WebTestClient client;

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens::issuer);
    registry.add("edu.gateway.services.plan.url", Downstreams.PLAN::baseUrl);
    registry.add("edu.gateway.services.diploma.url", Downstreams.DIPLOMA::baseUrl);
    registry.add("edu.gateway.services.admission.url", Downstreams.ADMISSION::baseUrl);
    registry.add(
        "edu.gateway.services.admission.response-timeout", () -> ADMISSION_TIMEOUT.toString());
    registry.add("edu.gateway.services.student-record.url", () -> Downstreams.STUDENT_RECORD_DOWN);
    registry.add("edu.gateway.trusted-proxies", () -> "127.0.0.1, ::1");
    registry.add("edu.gateway.rate-limits.public.requests-per-minute", () -> "1");
    registry.add("edu.gateway.rate-limits.public.burst", () -> Integer.toString(PUBLIC_BURST));
    registry.add("edu.gateway.request-size.max-body", () -> "1KB");
    registry.add("edu.gateway.request-size.max-upload", () -> "8KB");
    registry.add("edu.gateway.resilience.retry-backoff", () -> "10ms");
    registry.add("edu.gateway.resilience.circuit-breaker.sliding-window-size", () -> "4");
    registry.add("edu.gateway.resilience.circuit-breaker.minimum-number-of-calls", () -> "4");
  }

  @BeforeEach
  void allowSlowAnswers() {
    client = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
  }

  /** A client address of its own (TEST-NET-3), so that rate limits of other tests do not apply. */
  protected static String newClientAddress() {
    int n = CLIENTS.incrementAndGet();
    return "203.0.113." + (n % 250 + 1);
  }

  /** A path no other test uses, so that a stub's records show this test's requests only. */
  protected static String uniquePath(String prefix) {
    return prefix + "/" + UUID.randomUUID();
  }
}
