package vn.edu.platform.starter.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;

/** A service learns the organisation tree from plan-service's events. */
class OrgUnitReplicaIntegrationTests extends StarterIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static OrgUnitChanged school(String code, String parent, long revision) {
    return new OrgUnitChanged(
        UUID.randomUUID(),
        Instant.now(),
        revision == 1 ? OrgUnitChanged.ChangeType.CREATED : OrgUnitChanged.ChangeType.MOVED,
        code,
        "Trường Tiểu học Thử nghiệm",
        OrgUnitChanged.Kind.SCHOOL,
        OrgUnitChanged.SchoolLevel.PRIMARY,
        OrgUnitChanged.Ownership.PUBLIC,
        null,
        parent,
        LocalDate.of(2025, 7, 1),
        null,
        LocalDate.of(2025, 7, 1),
        List.of(),
        revision);
  }

  private static RecordMetadata publish(OrgUnitChanged event) throws Exception {
    try (Producer<String, String> producer = EmbeddedKafkaServer.get().producer()) {
      return producer
          .send(
              new ProducerRecord<>(
                  Topics.PLAN_ORG_UNIT, event.unitCode(), JSON.writeValueAsString(event)))
          .get();
    }
  }

  private String parentOf(String code) {
    return jdbc.sql("SELECT parent_code FROM platform.org_unit_replica WHERE code = :c")
        .param("c", code)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  @Test
  void appliesNewUnitsAndMovesAndIgnoresStaleRevisions() throws Exception {
    String code = "S39" + (System.nanoTime() % 100000);

    publish(school(code, OrgTreeFixture.COMMUNE_A, 1));
    Await.until("the new school", Duration.ofSeconds(30), () -> parentOf(code) != null);
    publish(school(code, OrgTreeFixture.COMMUNE_B, 2));
    Await.until(
        "the move", Duration.ofSeconds(30), () -> OrgTreeFixture.COMMUNE_B.equals(parentOf(code)));
    RecordMetadata stale = publish(school(code, OrgTreeFixture.COMMUNE_A, 1));
    Await.until(
        "the stale event to be consumed",
        Duration.ofSeconds(30),
        () ->
            EmbeddedKafkaServer.get()
                .hasConsumed(
                    "starter-test-org-replica", stale.topic(), stale.partition(), stale.offset()));

    assertThat(parentOf(code)).isEqualTo(OrgTreeFixture.COMMUNE_B);
    assertThat(replica.isWithin(code, OrgTreeFixture.COMMUNE_B, LocalDate.now())).isTrue();
    assertThat(replica.isWithin(code, OrgTreeFixture.DEPARTMENT, LocalDate.now())).isTrue();
    assertThat(replica.isWithin(code, OrgTreeFixture.COMMUNE_A, LocalDate.now())).isFalse();
  }
}
