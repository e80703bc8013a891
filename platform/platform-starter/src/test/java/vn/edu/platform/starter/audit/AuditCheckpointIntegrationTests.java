package vn.edu.platform.starter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.support.StarterRuns;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;
import vn.edu.platform.test.security.Personas;

/**
 * The chain anchored outside the database: checkpoints of its head, signed with the service's key
 * and kept on Kafka, let verification see a deleted tail, which the chain alone cannot. Each test
 * runs a service of its own name on a database of its own, so the checkpoints it reads are its own.
 */
class AuditCheckpointIntegrationTests {

  private static final String TOPIC = "edu.platform.audit-checkpoint.v1";

  @Test
  void anUntouchedChainVerifiesAgainstItsCheckpointsAndAForgedOneIsIgnored() {
    String service = "audit-intact-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConfigurableApplicationContext run = start(service, "audit-intact")) {
      AuditTrail trail = run.getBean(AuditTrail.class);
      AuditCheckpointer checkpointer = run.getBean(AuditCheckpointer.class);
      record(trail, 3);
      assertThat(checkpointer.checkpoint())
          .get()
          .extracting(AuditCheckpoint::lastSeq)
          .isEqualTo(3L);
      record(trail, 2);
      assertThat(checkpointer.checkpoint())
          .get()
          .extracting(AuditCheckpoint::lastSeq)
          .isEqualTo(5L);
      assertThat(checkpointer.checkpoint()).as("nothing new to anchor").isEmpty();
      record(trail, 1); // newer than the last checkpoint: legitimately not anchored yet
      // Someone without the key claims the chain was longer.
      forge(service, 40);

      ChainVerification result = trail.verify();

      assertThat(result).isEqualTo(new ChainVerification(true, 6, null, null));
      JsonNode reply =
          StarterRuns.http(run)
              .get("/api/v1/test/audit-events/verification")
              .token(Personas.departmentAdmin())
              .send()
              .json();
      assertThat(reply.get("intact").asBoolean()).isTrue();
      assertThat(reply.get("entriesChecked").asLong()).isEqualTo(6);
    }
  }

  @Test
  void detectsTheNewestEntriesDeletedBySomeoneWhoBypassedTheTrigger() {
    String service = "audit-truncated-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConfigurableApplicationContext run = start(service, "audit-truncated")) {
      AuditTrail trail = run.getBean(AuditTrail.class);
      JdbcClient jdbc = run.getBean(JdbcClient.class);
      record(trail, 5);
      run.getBean(AuditCheckpointer.class).checkpoint();
      assertThat(trail.verify().intact()).isTrue();

      // A superuser disables the guard and deletes the two newest entries: what remains links.
      jdbc.sql("ALTER TABLE platform.audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
          .update();
      jdbc.sql("DELETE FROM platform.audit_event WHERE seq > 3").update();
      jdbc.sql("ALTER TABLE platform.audit_event ENABLE TRIGGER audit_event_no_update_or_delete")
          .update();

      assertThat(trail.verify()).isEqualTo(new ChainVerification(false, 3, 4L, "tail-truncated"));
      JsonNode reply =
          StarterRuns.http(run)
              .get("/api/v1/test/audit-events/verification")
              .token(Personas.departmentAdmin())
              .send()
              .json();
      assertThat(reply.get("intact").asBoolean()).isFalse();
      assertThat(reply.get("reason").asString()).isEqualTo("tail-truncated");
      assertThat(reply.get("firstBrokenSeq").asLong()).isEqualTo(4);

      // New entries fill the gap with other content: the chain is whole again, but entry 5 no
      // longer has the hash the checkpoint anchored.
      record(trail, 2);
      assertThat(trail.verify())
          .isEqualTo(new ChainVerification(false, 4, 5L, "checkpoint-mismatch"));
    }
  }

  private static ConfigurableApplicationContext start(String service, String database) {
    return StarterRuns.start(
        EmbeddedPostgresServer.get().createDatabase(database),
        EmbeddedKafkaServer.get().bootstrapServers(),
        Map.of("platform.service.name", service));
  }

  private static void record(AuditTrail trail, int entries) {
    for (int i = 0; i < entries; i++) {
      trail.record(
          AuditAction.READ,
          "student-record",
          UUID.randomUUID().toString(),
          SCHOOL_A_PRIMARY,
          "test-fixture");
    }
  }

  /** A checkpoint claiming {@code lastSeq}, with a MAC under a key the service does not have. */
  private static void forge(String service, long lastSeq) {
    AuditCheckpoint forged =
        new CheckpointSigner("not-the-service-key-but-long-enough-0123456789")
            .sign(service, lastSeq, "f".repeat(64), Instant.now());
    try (var producer = EmbeddedKafkaServer.get().producer()) {
      producer.send(
          new ProducerRecord<>(
              TOPIC,
              service,
              new String(
                  JsonMapper.builder().build().writeValueAsBytes(forged), StandardCharsets.UTF_8)));
      producer.flush();
    }
  }
}
