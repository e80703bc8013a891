package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Guardians through the API: the legal representative's consent, the citizen account the school
 * links (what lets a parent read the student, and nothing else), and removing the link.
 */
class GuardianApiIntegrationTests extends StudentRecordIntegrationTest {

  private StudentApi api;

  @BeforeEach
  void api() {
    api = new StudentApi(http);
  }

  private static String login() {
    return "congdan." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLinkedParentReadsTheStudentsIdentityAndNothingElse() {
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    JsonNode other = api.registered(SCHOOL_A_PRIMARY);
    String code = student.get("studentCode").asString();
    String parent = login();
    api.guardian(SCHOOL_A_PRIMARY, code, parent);
    String token = Personas.citizen(parent);

    Reply identity = api.get(STUDENTS + "/" + code, token);
    Reply otherChild = api.get(STUDENTS + "/" + other.get("studentCode").asString(), token);
    Reply history = api.get(STUDENTS + "/" + code + "/history", token);
    Reply guardians = api.get(STUDENTS + "/" + code + "/guardians", token);
    Reply search = http.get(STUDENTS + "?schoolCode=" + SCHOOL_A_PRIMARY).token(token).send();
    Reply stranger = api.get(STUDENTS + "/" + code, Personas.citizen(login()));

    assertThat(identity.status()).as(identity.text()).isEqualTo(200);
    assertThat(identity.json().get("fullName").asString())
        .isEqualTo(student.get("fullName").asString());
    assertThat(otherChild.status()).isEqualTo(404);
    assertThat(otherChild.text()).doesNotContain(other.get("fullName").asString());
    assertThat(history.status()).isEqualTo(403);
    assertThat(guardians.status()).isEqualTo(403);
    assertThat(search.status()).isEqualTo(403);
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT purpose FROM platform.audit_event WHERE resource_type = 'student'"
                        + " AND resource_id = :id AND action = 'READ'")
                .param("id", code)
                .query(String.class)
                .list())
        .containsExactly("a linked guardian reads the identity");
  }

  @Test
  void removingTheLinkClosesTheStudentToTheParent() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    String parent = login();
    JsonNode guardian = api.guardian(SCHOOL_A_PRIMARY, code, parent);
    String link =
        STUDENTS + "/" + code + "/guardians/" + guardian.get("id").asString() + "/account-link";

    Reply unlinked = api.delete(link, Personas.principal(SCHOOL_A_PRIMARY), "\"1\"");
    Reply again = api.delete(link, Personas.principal(SCHOOL_A_PRIMARY), "\"2\"");
    Reply read = api.get(STUDENTS + "/" + code, Personas.citizen(parent));

    assertThat(unlinked.status()).as(unlinked.text()).isEqualTo(200);
    assertThat(unlinked.json().get("accountLogin").isNull()).isTrue();
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("guardian-account-not-linked");
    assertThat(read.status()).isEqualTo(404);
  }

  @Test
  void onlyALegalRepresentativeConsentsAndALoginIsLinkedToOneGuardianOfAStudent() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    String parent = login();
    api.guardian(SCHOOL_A_PRIMARY, code, parent);
    String path = STUDENTS + "/" + code + "/guardians";

    Reply notRepresentative =
        api.post(
            path,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            Map.of(
                "fullName", "Trần Thị Bà",
                "relationship", "OTHER",
                "legalRepresentative", false,
                "consentGivenOn", StudentApi.yearStart().toString(),
                "consentRecordedAs", "Phiếu 3"));
    Reply sameLogin =
        api.post(
            path,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            Map.of(
                "fullName",
                "Lê Thị Mẹ",
                "relationship",
                "MOTHER",
                "legalRepresentative",
                true,
                "accountLogin",
                parent));
    Reply list = api.get(path, Personas.teacher(SCHOOL_A_PRIMARY));
    Reply commune = api.get(path, Personas.communeOfficer(COMMUNE_A));

    assertThat(notRepresentative.status()).isEqualTo(422);
    assertThat(StudentApi.errors(notRepresentative))
        .containsExactly("/consentGivenOn consent-not-legal-representative");
    assertThat(sameLogin.status()).isEqualTo(409);
    assertThat(sameLogin.json().get("code").asString()).isEqualTo("guardian-account-linked");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).get("consentRecordedAs").asString())
        .isEqualTo("Phiếu đồng ý số 12/2025");
    assertThat(commune.status()).isEqualTo(403);
  }

  @Test
  void changesAGuardianWithIfMatch() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    JsonNode guardian = api.guardian(SCHOOL_A_PRIMARY, code, null);
    String path = STUDENTS + "/" + code + "/guardians/" + guardian.get("id").asString();

    Reply changed =
        api.patch(
            path,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            "\"1\"",
            Map.of("phone", "+84987654321", "accountLogin", "congdan.binh"));
    Reply stale =
        api.patch(
            path, Personas.schoolAdmin(SCHOOL_A_PRIMARY), "\"1\"", Map.of("phone", "0912345678"));
    Reply unknown =
        api.patch(
            STUDENTS + "/" + code + "/guardians/" + UUID.randomUUID(),
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            "\"1\"",
            Map.of("phone", "0912345678"));

    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().get("phone").asString()).isEqualTo("+84987654321");
    assertThat(changed.json().get("accountLogin").asString()).isEqualTo("congdan.binh");
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("code").asString()).isEqualTo("guardian-not-found");
  }
}
