package vn.edu.platform.plan.signers.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.SignerApi.DELEGATIONS;
import static vn.edu.platform.plan.fixtures.SignerApi.delegation;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.SignerApi;
import vn.edu.platform.plan.fixtures.SignerCertificates;
import vn.edu.platform.plan.fixtures.SignerCertificates.Issued;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/**
 * The register's public events as a signing service's replica reads them from the broker, through
 * the outbox: a registration and its revocation on the certificate's key, a delegation and its
 * ending on the delegation's key, each against its JSON Schema and CloudEvents headers, with the
 * holder's login and never the holder's name or the revocation's reason.
 */
class SignerEventsContractIntegrationTests extends PlanServiceIntegrationTest {

  private static List<ConsumerRecord<String, String>> records(
      String topic, String key, Predicate<String> value, int atLeast) {
    Predicate<ConsumerRecord<String, String>> matches =
        r -> key.equals(r.key()) && value.test(r.value());
    return EmbeddedKafkaServer.get()
        .pollUntil(
            topic,
            received -> received.stream().filter(matches).count() >= atLeast,
            Duration.ofSeconds(30))
        .stream()
        .filter(matches)
        .toList();
  }

  @Test
  void aRegistrationAndItsRevocationArePublishedOnTheCertificatesKey() {
    SignerApi api = new SignerApi(http);
    String holder = "ht." + UUID.randomUUID().toString().substring(0, 8);
    Issued issued = SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    JsonNode registered = api.registered(issued, holder, SCHOOL_A_PRIMARY, "PRINCIPAL");
    String id = registered.get("id").asString();
    api.revoked(registered, "2026-10-14T17:00:00Z");

    List<ConsumerRecord<String, String>> registrations =
        records(Topics.PLAN_SIGNER_CERTIFICATE, id, v -> v.contains("\"registeredAt\""), 1);
    List<ConsumerRecord<String, String>> revocations =
        records(Topics.PLAN_SIGNER_CERTIFICATE, id, v -> v.contains("\"revokedAt\""), 1);

    assertThat(registrations).hasSize(1);
    EventContract.assertConforms(registrations.getFirst(), SignerCertificateRegistered.class);
    assertThat(registrations.getFirst().value())
        .contains(
            "\"holderLogin\":\"" + holder + "\"",
            "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"role\":\"PRINCIPAL\"",
            "\"fingerprint\":\"" + issued.fingerprint() + "\"",
            "\"serialNumber\":\"" + issued.facts().serialNumber() + "\"",
            "\"requestId\":null")
        .doesNotContain("Nguyễn Thị Hải");
    assertThat(revocations).hasSize(1);
    EventContract.assertConforms(revocations.getFirst(), SignerCertificateRevoked.class);
    assertThat(revocations.getFirst().value())
        .contains(
            "\"effectiveAt\":\"2026-10-14T17:00:00Z\"",
            "\"decisionNumber\":\"45/QĐ-SGDĐT\"",
            "\"fingerprint\":\"" + issued.fingerprint() + "\"")
        .doesNotContain("Chuyển công tác");
    assertThat(revocations.getFirst().offset()).isGreaterThan(registrations.getFirst().offset());
  }

  @Test
  void aDelegationAndItsEndingArePublishedOnTheDelegationsKey() {
    SignerApi api = new SignerApi(http);
    String deputy = "pgd." + UUID.randomUUID().toString().substring(0, 8);
    JsonNode granted =
        api.granted(delegation(DEPARTMENT, "DIRECTOR", deputy, "2026-06-01", "2026-08-31"));
    String id = granted.get("id").asString();
    api.post(
        DELEGATIONS + "/" + id + "/ending",
        Personas.departmentAdmin(),
        "\"1\"",
        Map.of(
            "lastDay",
            "2026-07-15",
            "decisionNumber",
            "130/QĐ-SGDĐT",
            "decisionDate",
            "2026-07-14"));

    List<ConsumerRecord<String, String>> grants =
        records(Topics.PLAN_SIGNING_DELEGATION, id, v -> v.contains("\"grantedAt\""), 1);
    List<ConsumerRecord<String, String>> endings =
        records(Topics.PLAN_SIGNING_DELEGATION, id, v -> v.contains("\"endedAt\""), 1);

    assertThat(grants).hasSize(1);
    EventContract.assertConforms(grants.getFirst(), SigningDelegationGranted.class);
    assertThat(grants.getFirst().value())
        .contains(
            "\"delegatorUnitCode\":\"" + DEPARTMENT + "\"",
            "\"delegatorRole\":\"DIRECTOR\"",
            "\"delegateLogin\":\"" + deputy + "\"",
            "\"validFrom\":\"2026-06-01\"",
            "\"validTo\":\"2026-08-31\"");
    assertThat(endings).hasSize(1);
    EventContract.assertConforms(endings.getFirst(), SigningDelegationEnded.class);
    assertThat(endings.getFirst().value())
        .contains("\"lastDay\":\"2026-07-15\"", "\"decisionNumber\":\"130/QĐ-SGDĐT\"");
  }

  @Test
  void aCertificateRequestIsNotAnnouncedOnlyTheCertificateThatFulfilsIt() {
    SignerApi api = new SignerApi(http);
    String holder = "gv." + UUID.randomUUID().toString().substring(0, 8);
    api.post(
        SignerApi.REQUESTS,
        Personas.departmentOfficer(),
        Map.of(
            "kind", "ISSUE",
            "holderLogin", holder,
            "holderName", "Nguyễn Thị Hải",
            "unitCode", SCHOOL_A_PRIMARY,
            "role", "HOMEROOM_TEACHER"));
    Issued issued = SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Giáo viên");
    JsonNode registered = api.registered(issued, holder, SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER");

    String certificateId = registered.get("id").asString();
    // the outbox relays in commit order: had the request been published, it would come first
    List<ConsumerRecord<String, String>> naming =
        EmbeddedKafkaServer.get()
            .pollUntil(
                Topics.PLAN_SIGNER_CERTIFICATE,
                received -> received.stream().anyMatch(r -> certificateId.equals(r.key())),
                Duration.ofSeconds(30))
            .stream()
            .filter(r -> r.value().contains(holder))
            .toList();

    assertThat(naming).extracting(ConsumerRecord::key).containsExactly(certificateId);
  }
}
