package vn.edu.platform.plan.signers.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.SignerApi.CERTIFICATES;
import static vn.edu.platform.plan.fixtures.SignerApi.errors;
import static vn.edu.platform.plan.fixtures.SignerApi.registration;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.SignerApi;
import vn.edu.platform.plan.fixtures.SignerCertificates;
import vn.edu.platform.plan.fixtures.SignerCertificates.Issued;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Registering and revoking signers' certificates through the API: what is kept of a certificate,
 * duplicates, certificates that are not a signer's, units and roles, revocation once by decision
 * with If-Match, who reads what, roles checked before the body, and a retry with the same
 * Idempotency-Key.
 */
class SignerCertificatesApiIntegrationTests extends PlanServiceIntegrationTest {

  private SignerApi api;

  @BeforeEach
  void api() {
    api = new SignerApi(http);
  }

  private static String login() {
    return "ht." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void registersAPrincipalsCertificateForTheSchoolKeepingItsFactsNotTheCertificate()
      throws Exception {
    Issued issued = SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    String holder = login();

    Reply created =
        api.post(
            CERTIFICATES,
            Personas.departmentOfficer(),
            registration(issued, holder, SCHOOL_A_PRIMARY, "PRINCIPAL"));
    JsonNode body = created.json();
    String id = body.get("id").asString();
    Reply read = api.get(CERTIFICATES + "/" + id, Personas.principal(SCHOOL_A_PRIMARY));
    List<String> audit =
        jdbc.sql(
                "SELECT action || ' ' || purpose FROM platform.audit_event"
                    + " WHERE resource_type = 'signer-certificate' AND resource_id = :id")
            .param("id", id)
            .query(String.class)
            .list();

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(CERTIFICATES + "/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(body.get("holderLogin").asString()).isEqualTo(holder);
    assertThat(body.get("unitCode").asString()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(body.get("role").asString()).isEqualTo("PRINCIPAL");
    assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(body.get("serialNumber").asString())
        .isEqualTo(issued.certificate().getSerialNumber().toString(16));
    assertThat(body.get("fingerprint").asString())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(issued.certificate().getEncoded())));
    assertThat(body.get("issuerDn").asString()).contains("EDU Local Issuing CA");
    assertThat(body.get("notAfter").asString())
        .isEqualTo(issued.certificate().getNotAfter().toInstant().toString());
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.json().get("fingerprint").asString()).isEqualTo(issued.fingerprint());
    assertThat(audit)
        .containsExactly(
            "CREATE register certificate " + issued.facts().serialNumber() + " for PRINCIPAL");
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'signer_certificate'")
                .query(String.class)
                .list())
        .as("the certificate's facts are kept, not the certificate")
        .containsExactlyInAnyOrder(
            "id",
            "holder_login",
            "holder_name",
            "unit_code",
            "role",
            "serial_number",
            "issuer_dn",
            "fingerprint",
            "not_before",
            "not_after",
            "status",
            "revocation_effective_at",
            "revocation_decision_number",
            "revocation_decision_date",
            "revocation_reason",
            "revoked_at",
            "request_id",
            "registered_at",
            "revision");
  }

  @Test
  void readsTheSameCertificateFromBase64DerAsFromPem() {
    Issued issued = SignerCertificates.valid("Trần Văn Minh", SCHOOL_A_PRIMARY, "Giáo viên");
    Map<String, Object> body = registration(issued, login(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER");
    body.put("certificate", issued.base64Der());

    Reply created = api.post(CERTIFICATES, Personas.departmentAdmin(), body);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().get("fingerprint").asString()).isEqualTo(issued.fingerprint());
  }

  @Test
  void aCertificateIsRegisteredOnceAndTheSecondAttemptNamesTheFirst() {
    Issued issued = SignerCertificates.valid("Lê Văn Nam", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    JsonNode first = api.registered(issued, login(), SCHOOL_A_PRIMARY, "PRINCIPAL");

    Reply again =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(issued, login(), SCHOOL_A_PRIMARY, "VICE_PRINCIPAL"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("signer-certificate-exists");
    assertThat(again.json().get("detail").asString()).contains(first.get("id").asString());
    assertThat(errors(again)).containsExactly("/certificate duplicate-certificate");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheRegistrationInsteadOfRefusingIt() {
    Issued issued = SignerCertificates.valid("Phạm Thu Hà", SCHOOL_A_PRIMARY, "Giáo viên");
    Map<String, Object> body = registration(issued, login(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER");
    String key = UUID.randomUUID().toString();

    Reply first =
        http.post(CERTIFICATES)
            .token(Personas.departmentOfficer())
            .header("Idempotency-Key", key)
            .json(body)
            .send();
    Reply retry =
        http.post(CERTIFICATES)
            .token(Personas.departmentOfficer())
            .header("Idempotency-Key", key)
            .json(body)
            .send();

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(
            jdbc.sql("SELECT count(*) FROM signer_certificate WHERE fingerprint = :f")
                .param("f", issued.fingerprint())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void refusesWhatIsNotASignersCertificateWithThePointerOfTheCertificate() {
    Issued expired =
        SignerCertificates.issued(
            "Đỗ Văn Cũ",
            SCHOOL_A_PRIMARY,
            "Hiệu trưởng",
            SignerCertificates.NOW.minus(Duration.ofDays(400)),
            Duration.ofDays(365));
    Map<String, Object> unreadable =
        registration(
            SignerCertificates.valid("X", SCHOOL_A_PRIMARY, "Giáo viên"),
            login(),
            SCHOOL_A_PRIMARY,
            "PRINCIPAL");
    unreadable.put("certificate", "không phải chứng thư số");

    Reply garbage = api.post(CERTIFICATES, Personas.departmentAdmin(), unreadable);
    Reply ca =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(SignerCertificates.issuingCa(), login(), SCHOOL_A_PRIMARY, "PRINCIPAL"));
    Reply old =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(expired, login(), SCHOOL_A_PRIMARY, "PRINCIPAL"));

    assertThat(garbage.status()).isEqualTo(422);
    assertThat(garbage.json().get("code").asString()).isEqualTo("signer-register-rule");
    assertThat(errors(garbage)).containsExactly("/certificate certificate-unreadable");
    assertThat(errors(ca)).containsExactly("/certificate certificate-not-for-signing");
    assertThat(errors(old)).containsExactly("/certificate certificate-expired");
  }

  @Test
  void theUnitMustExistAndTheRoleFitIt() {
    Reply unknownUnit =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(
                SignerCertificates.valid("A", SCHOOL_A_PRIMARY, "Hiệu trưởng"),
                login(),
                "S999999",
                "PRINCIPAL"));
    Reply directorOfASchool =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(
                SignerCertificates.valid("B", SCHOOL_A_PRIMARY, "Giám đốc"),
                login(),
                SCHOOL_A_PRIMARY,
                "DIRECTOR"));
    Reply principalOfACommune =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(
                SignerCertificates.valid("C", COMMUNE_A, "Hiệu trưởng"),
                login(),
                COMMUNE_A,
                "PRINCIPAL"));
    Reply unknownRole =
        api.post(
            CERTIFICATES,
            Personas.departmentAdmin(),
            registration(
                SignerCertificates.valid("D", DEPARTMENT, "Giám đốc"),
                login(),
                DEPARTMENT,
                "MINISTER"));

    assertThat(errors(unknownUnit)).containsExactly("/unitCode unknown-unit");
    assertThat(errors(directorOfASchool)).containsExactly("/role role-not-for-unit");
    assertThat(errors(principalOfACommune)).containsExactly("/role role-not-for-unit");
    assertThat(unknownRole.status()).isEqualTo(400);
  }

  @Test
  void revokesByDecisionOnceWithIfMatch() {
    JsonNode registered =
        api.registered(
            SignerCertificates.valid("Vũ Thị Lan", SCHOOL_A_PRIMARY, "Hiệu trưởng"),
            login(),
            SCHOOL_A_PRIMARY,
            "PRINCIPAL");
    String path = CERTIFICATES + "/" + registered.get("id").asString() + "/revocation";
    Map<String, Object> decision = SignerApi.revocation("2026-10-14T17:00:00Z");

    Reply withoutIfMatch = api.post(path, Personas.departmentAdmin(), decision);
    Reply stale = api.post(path, Personas.departmentAdmin(), "\"7\"", decision);
    Reply withoutNumber =
        api.post(path, Personas.departmentAdmin(), "\"1\"", Map.of("decisionDate", "2026-10-14"));
    Reply byTheSchool = api.post(path, Personas.schoolAdmin(SCHOOL_A_PRIMARY), "\"1\"", decision);
    Reply revoked = api.post(path, Personas.departmentAdmin(), "\"1\"", decision);
    Reply again = api.post(path, Personas.departmentAdmin(), "\"2\"", decision);

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(errors(withoutNumber)).containsExactly("/decisionNumber required");
    assertThat(byTheSchool.status()).isEqualTo(403);
    assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
    assertThat(revoked.header("ETag")).isEqualTo("\"2\"");
    assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
    assertThat(revoked.json().at("/revocation/effectiveAt").asString())
        .isEqualTo("2026-10-14T17:00:00Z");
    assertThat(revoked.json().at("/revocation/decisionNumber").asString()).isEqualTo("45/QĐ-SGDĐT");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("signer-certificate-revoked");
  }

  @Test
  void aSchoolReadsItsOwnSignersAndTheDepartmentEveryUnits() {
    JsonNode ownSigner =
        api.registered(
            SignerCertificates.valid("Hoàng Văn An", SCHOOL_A_PRIMARY, "Giáo viên"),
            login(),
            SCHOOL_A_PRIMARY,
            "HOMEROOM_TEACHER");
    JsonNode otherSchool =
        api.registered(
            SignerCertificates.valid("Bùi Thị Bình", SCHOOL_B_PRIMARY, "Giáo viên"),
            login(),
            SCHOOL_B_PRIMARY,
            "HOMEROOM_TEACHER");
    String otherId = otherSchool.get("id").asString();

    Reply schoolList = api.get(CERTIFICATES + "?size=200", Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply schoolAsksForB =
        api.get(
            CERTIFICATES + "?unitCode=" + SCHOOL_B_PRIMARY, Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply foreign = api.get(CERTIFICATES + "/" + otherId, Personas.principal(SCHOOL_A_PRIMARY));
    Reply commune = api.get(CERTIFICATES + "?size=200", Personas.communeOfficer(COMMUNE_A));
    Reply department =
        api.get(CERTIFICATES + "?unitCode=" + SCHOOL_B_PRIMARY, Personas.departmentOfficer());
    Reply teacher = api.get(CERTIFICATES, Personas.teacher(SCHOOL_A_PRIMARY));

    assertThat(schoolList.status()).as(schoolList.text()).isEqualTo(200);
    assertThat(schoolList.json().get("items").findValuesAsString("unitCode"))
        .isNotEmpty()
        .containsOnly(SCHOOL_A_PRIMARY);
    assertThat(schoolList.json().get("items").findValuesAsString("id"))
        .contains(ownSigner.get("id").asString());
    assertThat(schoolAsksForB.json().get("totalItems").asLong()).isZero();
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().get("code").asString()).isEqualTo("signer-certificate-not-found");
    assertThat(foreign.text()).doesNotContain(otherSchool.get("holderLogin").asString());
    assertThat(commune.json().get("items").findValuesAsString("unitCode"))
        .doesNotContain(SCHOOL_B_PRIMARY);
    assertThat(department.json().get("items").findValuesAsString("id")).contains(otherId);
    assertThat(teacher.status()).isEqualTo(403);
  }

  @Test
  void aCallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() {
    Reply teacher =
        http.post(CERTIFICATES)
            .token(Personas.teacher(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(Map.of("certificate", 42, "role", "NOT-A-ROLE"))
            .send();
    Reply principal =
        http.post(CERTIFICATES)
            .token(Personas.principal(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json("{not json")
            .send();

    assertThat(teacher.status()).isEqualTo(403);
    assertThat(teacher.json().has("errors")).isFalse();
    assertThat(principal.status()).isEqualTo(403);
  }
}
