package vn.edu.platform.starter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.edu.platform.starter.org.JdbcOrgTreeReplica;
import vn.edu.platform.starter.testapp.TestApplication;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.security.TestTokens;

/**
 * Runs of the test application started and stopped by the test itself, for what a shared context
 * cannot show: a service stopped and started again on one database, a broker that is unreachable, a
 * service of its own name. The test closes the context.
 */
public final class StarterRuns {

  /** A port nothing listens on: the broker of a run that cannot reach Kafka. */
  public static final String DEAD_BROKER = "127.0.0.1:9";

  private StarterRuns() {}

  /** Starts the test application on {@code jdbcUrl} with {@code broker} and extra properties. */
  public static ConfigurableApplicationContext start(
      String jdbcUrl, String broker, Map<String, Object> extra) {
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.get();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.datasource.url", jdbcUrl);
    properties.put("spring.datasource.username", postgres.username());
    properties.put("spring.datasource.password", postgres.password());
    // Fail fast when the broker is unreachable instead of blocking the request for a minute.
    properties.put("spring.kafka.producer.properties.max.block.ms", "1500");
    properties.put("spring.kafka.producer.properties.delivery.timeout.ms", "3000");
    properties.put("spring.kafka.producer.properties.request.timeout.ms", "1000");
    properties.put(
        "spring.kafka.listener.auto-startup", String.valueOf(!DEAD_BROKER.equals(broker)));
    properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwksUri());
    properties.put("spring.kafka.bootstrap-servers", broker);
    properties.putAll(extra);
    // As arguments, which outrank the profile's application-test.yml and the system property in
    // which the embedded broker publishes its address (a run meant to have no broker would find
    // it).
    String[] arguments =
        properties.entrySet().stream()
            .map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(TestApplication.class).profiles("test").run(arguments);
    OrgReplicaFixtures.load(context.getBean(JdbcOrgTreeReplica.class));
    return context;
  }

  /** HTTP client of a started run. */
  public static TestHttp http(ConfigurableApplicationContext context) {
    return new TestHttp(
        Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
  }

  /** Creates a note through the API (one NoteCreated publication) and returns its id. */
  public static String createNote(ConfigurableApplicationContext context) {
    Reply reply =
        http(context)
            .post("/api/v1/test/notes")
            .token(Personas.schoolAdmin(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", "Báo cáo tiến độ"))
            .send();
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("id").asString();
  }
}
