package vn.edu.platform.starter.signers;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;

/**
 * Keeps the replica of the register of signers current from plan-service's events. The event type
 * comes from the CloudEvents {@code ce_type} header; a type this version does not know (a newer
 * event of the same topics) is skipped and logged, so that plan-service can add events without
 * stopping the signing services.
 */
public class SignerRegisterReplicaListener {

  private static final Logger log = LoggerFactory.getLogger(SignerRegisterReplicaListener.class);

  private static final String REGISTERED = typeOf(SignerCertificateRegistered.class);
  private static final String REVOKED = typeOf(SignerCertificateRevoked.class);
  private static final String GRANTED = typeOf(SigningDelegationGranted.class);
  private static final String ENDED = typeOf(SigningDelegationEnded.class);

  private final JdbcSignerRegisterReplica replica;
  private final JsonMapper json;

  public SignerRegisterReplicaListener(JdbcSignerRegisterReplica replica, JsonMapper json) {
    this.replica = replica;
    this.json = json;
  }

  @KafkaListener(
      topics = {Topics.PLAN_SIGNER_CERTIFICATE, Topics.PLAN_SIGNING_DELEGATION},
      groupId = "${platform.service.name:service}-signer-register-replica")
  void on(ConsumerRecord<String, byte[]> record) {
    String type = header(record, CloudEventHeaders.TYPE);
    if (REGISTERED.equals(type)) {
      replica.apply(json.readValue(record.value(), SignerCertificateRegistered.class));
    } else if (REVOKED.equals(type)) {
      replica.apply(json.readValue(record.value(), SignerCertificateRevoked.class));
    } else if (GRANTED.equals(type)) {
      replica.apply(json.readValue(record.value(), SigningDelegationGranted.class));
    } else if (ENDED.equals(type)) {
      replica.apply(json.readValue(record.value(), SigningDelegationEnded.class));
    } else {
      log.warn(
          "skipped an event of unknown type {} on {} (offset {})",
          type,
          record.topic(),
          record.offset());
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String typeOf(Class<?> event) {
    return event.getAnnotation(EventType.class).type();
  }
}
