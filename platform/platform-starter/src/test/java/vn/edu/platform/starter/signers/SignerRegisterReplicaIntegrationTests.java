package vn.edu.platform.starter.signers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.events.CloudEventHeaders;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.signing.register.RefusalReason;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningAuthorisation;
import vn.edu.platform.signing.register.SigningAuthorisation.Decision;
import vn.edu.platform.signing.register.SigningRequest;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;

/**
 * A signing service learns the register of signers from plan-service's events and decides with the
 * register's own code: a registered certificate signs for its unit and role, not after its
 * revocation's effective instant; a delegate signs on behalf of the role only on the delegation's
 * days, not after its early end; a redelivered event changes nothing.
 */
class SignerRegisterReplicaIntegrationTests extends StarterIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCHOOL = "S311002";

  @Autowired JdbcSignerRegisterReplica register;
  @Autowired SigningAuthorisation authorisation;

  @Test
  void aRegisteredCertificateSignsForItsUnitAndRoleUntilItsRevocation() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    UUID id = UUID.randomUUID();
    String fingerprint = randomFingerprint();
    SignerCertificateRegistered registered =
        new SignerCertificateRegistered(
            UUID.randomUUID(),
            now,
            id,
            "gv.replica",
            SCHOOL,
            vn.edu.platform.events.plan.signers.SignerRole.HOMEROOM_TEACHER,
            "1a2b",
            "CN=Development CA,O=edu-platform",
            fingerprint,
            now.minus(1, ChronoUnit.DAYS),
            now.plus(365, ChronoUnit.DAYS),
            null,
            now);
    publish(registered);
    publish(registered);
    Await.until(
        "the registration",
        Duration.ofSeconds(30),
        () -> register.certificate(fingerprint).isPresent());

    assertThat(decide(fingerprint, SCHOOL, SignerRole.HOMEROOM_TEACHER, null, now).allowed())
        .isTrue();
    assertThat(refusal(decide(fingerprint, SCHOOL, SignerRole.PRINCIPAL, null, now)))
        .isEqualTo(RefusalReason.CERTIFICATE_NOT_REGISTERED_FOR_UNIT);
    assertThat(register.certificate(fingerprint).orElseThrow().holderName()).isNull();

    Instant effective = now.plus(1, ChronoUnit.HOURS);
    RecordMetadata revocation =
        publish(
            new SignerCertificateRevoked(
                UUID.randomUUID(),
                now,
                id,
                fingerprint,
                SCHOOL,
                effective,
                "45/QĐ-SGDĐT",
                LocalDate.of(2026, 12, 1),
                now));
    awaitConsumed(revocation);

    assertThat(decide(fingerprint, SCHOOL, SignerRole.HOMEROOM_TEACHER, null, now).allowed())
        .as("signed before the revocation took effect")
        .isTrue();
    assertThat(
            refusal(
                decide(
                    fingerprint,
                    SCHOOL,
                    SignerRole.HOMEROOM_TEACHER,
                    null,
                    effective.plusSeconds(1))))
        .isEqualTo(RefusalReason.CERTIFICATE_REVOKED);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.signer_certificate_replica WHERE fingerprint = :f")
                .param("f", fingerprint)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aDelegateSignsOnBehalfOfTheRoleOnTheDelegationsDaysOnly() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String fingerprint = randomFingerprint();
    publish(
        new SignerCertificateRegistered(
            UUID.randomUUID(),
            now,
            UUID.randomUUID(),
            "pht.replica",
            SCHOOL,
            vn.edu.platform.events.plan.signers.SignerRole.VICE_PRINCIPAL,
            "3c4d",
            "CN=Development CA,O=edu-platform",
            fingerprint,
            now.minus(1, ChronoUnit.DAYS),
            now.plus(365, ChronoUnit.DAYS),
            null,
            now));
    UUID delegation = UUID.randomUUID();
    LocalDate today = LocalDate.ofInstant(now, SigningAuthorisation.VIETNAM);
    publish(
        new SigningDelegationGranted(
            UUID.randomUUID(),
            now,
            delegation,
            SCHOOL,
            vn.edu.platform.events.plan.signers.SignerRole.PRINCIPAL,
            "pht.replica",
            "12/QĐ-THHB",
            today.minusDays(1),
            today.minusDays(1),
            today.plusDays(30),
            now));
    Await.until(
        "the delegation",
        Duration.ofSeconds(30),
        () -> !register.delegations(SCHOOL, SignerRole.PRINCIPAL, "pht.replica").isEmpty());

    Decision onBehalf =
        decide(fingerprint, SCHOOL, SignerRole.VICE_PRINCIPAL, SignerRole.PRINCIPAL, now);
    assertThat(onBehalf).isInstanceOf(Decision.Allowed.class);
    assertThat(((Decision.Allowed) onBehalf).delegation().decisionNumber()).isEqualTo("12/QĐ-THHB");

    RecordMetadata ended =
        publish(
            new SigningDelegationEnded(
                UUID.randomUUID(),
                now,
                delegation,
                SCHOOL,
                today.minusDays(1),
                "13/QĐ-THHB",
                today,
                now));
    awaitConsumed(ended);

    assertThat(
            refusal(
                decide(fingerprint, SCHOOL, SignerRole.VICE_PRINCIPAL, SignerRole.PRINCIPAL, now)))
        .isEqualTo(RefusalReason.DELEGATION_NOT_COVERING_DATE);
  }

  private Decision decide(
      String fingerprint, String unit, SignerRole role, SignerRole onBehalfOf, Instant at) {
    return authorisation.decide(
        register, new SigningRequest(fingerprint, unit, role, onBehalfOf, at));
  }

  private static RefusalReason refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) decision).reason();
  }

  private static RecordMetadata publish(IntegrationEvent event) throws Exception {
    EventType type = event.getClass().getAnnotation(EventType.class);
    ProducerRecord<String, String> record =
        new ProducerRecord<>(type.topic(), event.subject(), JSON.writeValueAsString(event));
    record.headers().add(CloudEventHeaders.TYPE, type.type().getBytes(StandardCharsets.UTF_8));
    try (Producer<String, String> producer = EmbeddedKafkaServer.get().producer()) {
      return producer.send(record).get();
    }
  }

  private static void awaitConsumed(RecordMetadata sent) {
    Await.until(
        "the event to be consumed",
        Duration.ofSeconds(30),
        () ->
            EmbeddedKafkaServer.get()
                .hasConsumed(
                    "starter-test-signer-register-replica",
                    sent.topic(),
                    sent.partition(),
                    sent.offset()));
  }

  private static String randomFingerprint() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
