package vn.edu.platform.starter.org;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.OrgUnitChanged;

/**
 * Keeps the service's organisation replica current from plan-service's {@code OrgUnitChanged}
 * events. No inbox is needed: applying a unit's state is idempotent and ordered by its revision, so
 * a redelivered or late event changes nothing.
 */
public class OrgUnitReplicaListener {

  private final JdbcOrgTreeReplica replica;
  private final JsonMapper json;

  public OrgUnitReplicaListener(JdbcOrgTreeReplica replica, JsonMapper json) {
    this.replica = replica;
    this.json = json;
  }

  @KafkaListener(
      topics = Topics.PLAN_ORG_UNIT,
      groupId = "${platform.service.name:service}-org-replica")
  void on(ConsumerRecord<String, byte[]> record) {
    OrgUnitChanged event = json.readValue(record.value(), OrgUnitChanged.class);
    replica.upsert(
        event.unitCode(),
        event.kind().name(),
        event.parentCode(),
        event.validFrom(),
        event.validTo(),
        event.revision());
  }
}
