package vn.edu.platform.plan.signers.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.SignerApi.CERTIFICATES;
import static vn.edu.platform.plan.fixtures.SignerApi.REQUESTS;
import static vn.edu.platform.plan.fixtures.SignerApi.errors;
import static vn.edu.platform.plan.fixtures.SignerApi.registration;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.LinkedHashMap;
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
 * The department's certificate requests: an issue request fulfilled by registering its certificate,
 * a registration that does not match its request, a second open request, a withdrawal and what a
 * closed request refuses, renewals of the same signer's certificate only.
 */
class CertificateRequestsApiIntegrationTests extends PlanServiceIntegrationTest {

  private SignerApi api;

  @BeforeEach
  void api() {
    api = new SignerApi(http);
  }

  private static String login() {
    return "gv." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> issue(String login, String unitCode, String role) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "ISSUE");
    body.put("holderLogin", login);
    body.put("holderName", "Nguyễn Thị Hải");
    body.put("unitCode", unitCode);
    body.put("role", role);
    body.put("note", "Bổ nhiệm Hiệu trưởng từ ngày 01/09/2026.");
    return body;
  }

  private JsonNode opened(Map<String, Object> body) {
    Reply reply = api.post(REQUESTS, Personas.departmentOfficer(), body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json();
  }

  @Test
  void anIssueRequestIsFulfilledByTheRegistrationOfItsCertificate() {
    String holder = login();
    JsonNode request = opened(issue(holder, SCHOOL_A_PRIMARY, "PRINCIPAL"));
    String requestId = request.get("id").asString();
    Map<String, Object> registration =
        registration(
            SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Hiệu trưởng"),
            holder,
            SCHOOL_A_PRIMARY,
            "PRINCIPAL");
    registration.put("requestId", requestId);

    Reply registered = api.post(CERTIFICATES, Personas.departmentOfficer(), registration);
    Reply read = api.get(REQUESTS + "/" + requestId, Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply foreign = api.get(REQUESTS + "/" + requestId, Personas.schoolAdmin(SCHOOL_B_PRIMARY));

    assertThat(request.get("status").asString()).isEqualTo("OPEN");
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    assertThat(registered.json().get("requestId").asString()).isEqualTo(requestId);
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.json().get("status").asString()).isEqualTo("FULFILLED");
    assertThat(read.json().get("certificateId").asString())
        .isEqualTo(registered.json().get("id").asString());
    assertThat(read.header("ETag")).isEqualTo("\"2\"");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().get("code").asString()).isEqualTo("certificate-request-not-found");
  }

  @Test
  void aCertificateOfAnotherHolderOrRoleDoesNotFulfilTheRequest() {
    JsonNode request = opened(issue(login(), SCHOOL_A_PRIMARY, "PRINCIPAL"));
    Map<String, Object> registration =
        registration(
            SignerCertificates.valid("Người khác", SCHOOL_A_PRIMARY, "Phó hiệu trưởng"),
            login(),
            SCHOOL_A_PRIMARY,
            "VICE_PRINCIPAL");
    registration.put("requestId", request.get("id").asString());
    Map<String, Object> unknown = new LinkedHashMap<>(registration);
    unknown.put("requestId", UUID.randomUUID().toString());

    Reply mismatch = api.post(CERTIFICATES, Personas.departmentOfficer(), registration);
    Reply noSuchRequest = api.post(CERTIFICATES, Personas.departmentOfficer(), unknown);

    assertThat(mismatch.status()).isEqualTo(422);
    assertThat(errors(mismatch))
        .containsExactlyInAnyOrder(
            "/holderLogin differs-from-request", "/role differs-from-request");
    assertThat(errors(noSuchRequest)).containsExactly("/requestId unknown-request");
    assertThat(
            jdbc.sql("SELECT status FROM signer_certificate_request WHERE id = :id")
                .param("id", UUID.fromString(request.get("id").asString()))
                .query(String.class)
                .single())
        .isEqualTo("OPEN");
  }

  @Test
  void aHolderHasOneOpenRequestPerUnitAndRole() {
    String holder = login();
    JsonNode first = opened(issue(holder, DEPARTMENT, "DEPUTY_DIRECTOR"));

    Reply second =
        api.post(
            REQUESTS, Personas.departmentAdmin(), issue(holder, DEPARTMENT, "DEPUTY_DIRECTOR"));
    Reply otherRole =
        api.post(REQUESTS, Personas.departmentAdmin(), issue(holder, DEPARTMENT, "DIRECTOR"));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("code").asString()).isEqualTo("certificate-request-exists");
    assertThat(second.json().get("detail").asString()).contains(first.get("id").asString());
    assertThat(otherRole.status()).as(otherRole.text()).isEqualTo(201);
  }

  @Test
  void aWithdrawnRequestIsNeitherFulfilledNorWithdrawnAgain() {
    String holder = login();
    JsonNode request = opened(issue(holder, SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER"));
    String path = REQUESTS + "/" + request.get("id").asString() + "/withdrawal";
    Map<String, Object> registration =
        registration(
            SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Giáo viên"),
            holder,
            SCHOOL_A_PRIMARY,
            "HOMEROOM_TEACHER");
    registration.put("requestId", request.get("id").asString());

    Reply withoutReason = api.post(path, Personas.departmentOfficer(), "\"1\"", Map.of());
    Reply withdrawn =
        api.post(
            path,
            Personas.departmentOfficer(),
            "\"1\"",
            Map.of("reason", "Giáo viên đã chuyển công tác."));
    Reply again =
        api.post(path, Personas.departmentOfficer(), "\"2\"", Map.of("reason", "Lần nữa."));
    Reply fulfil = api.post(CERTIFICATES, Personas.departmentOfficer(), registration);
    Reply listed = api.get(REQUESTS + "?status=WITHDRAWN&size=200", Personas.departmentOfficer());

    assertThat(errors(withoutReason)).containsExactly("/reason required");
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.json().get("withdrawalReason").asString())
        .isEqualTo("Giáo viên đã chuyển công tác.");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("certificate-request-not-open");
    assertThat(fulfil.status()).isEqualTo(409);
    assertThat(fulfil.json().get("code").asString()).isEqualTo("certificate-request-not-open");
    assertThat(listed.json().get("items").findValuesAsString("id"))
        .contains(request.get("id").asString());
  }

  @Test
  void aRenewalReplacesACertificateOfTheSameSignerThatIsNotRevoked() {
    String holder = login();
    Issued current = SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    JsonNode registered = api.registered(current, holder, SCHOOL_A_PRIMARY, "PRINCIPAL");
    String currentId = registered.get("id").asString();
    Map<String, Object> renewal = issue(holder, SCHOOL_A_PRIMARY, "PRINCIPAL");
    renewal.put("kind", "RENEWAL");
    renewal.put("renewsCertificateId", currentId);
    Map<String, Object> ofAnother = new LinkedHashMap<>(renewal);
    ofAnother.put("holderLogin", login());
    Map<String, Object> withoutCertificate = new LinkedHashMap<>(renewal);
    withoutCertificate.remove("renewsCertificateId");
    Map<String, Object> issueNamingOne = new LinkedHashMap<>(renewal);
    issueNamingOne.put("kind", "ISSUE");

    Reply renewed = api.post(REQUESTS, Personas.departmentOfficer(), renewal);
    Reply another = api.post(REQUESTS, Personas.departmentOfficer(), ofAnother);
    Reply missing = api.post(REQUESTS, Personas.departmentOfficer(), withoutCertificate);
    Reply issueRenewing = api.post(REQUESTS, Personas.departmentOfficer(), issueNamingOne);

    assertThat(renewed.status()).as(renewed.text()).isEqualTo(201);
    assertThat(renewed.json().get("renewsCertificateId").asString()).isEqualTo(currentId);
    assertThat(errors(another)).containsExactly("/renewsCertificateId renewal-of-another-signer");
    assertThat(errors(missing)).containsExactly("/renewsCertificateId required");
    assertThat(errors(issueRenewing)).containsExactly("/renewsCertificateId issue-renews-nothing");
  }

  @Test
  void onlyTheDepartmentRequestsCertificates() {
    Reply bySchool =
        api.post(
            REQUESTS,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            issue(login(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER"));
    Reply unknownUnit =
        api.post(REQUESTS, Personas.departmentAdmin(), issue(login(), "S999999", "PRINCIPAL"));

    assertThat(bySchool.status()).isEqualTo(403);
    assertThat(errors(unknownUnit)).containsExactly("/unitCode unknown-unit");
  }
}
