package vn.edu.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.security.TestTokens;

/** The Keycloak adapter end to end: token validation, role mapping and the organisation scope. */
class KeycloakAdapterIntegrationTests extends StarterIntegrationTest {

  private Reply createNote(String token, String unit) {
    return http.post("/api/v1/test/notes")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(Map.of("unitCode", unit, "text", "Kế hoạch tháng 11"))
        .send();
  }

  private String noteOf(String unit) {
    Reply created = createNote(Personas.schoolAdmin(unit), unit);
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  @Test
  void rejectsRequestWithoutTokenWithProblemAndBearerChallenge() {
    Reply reply = http.get("/api/v1/test/notes/" + UUID.randomUUID()).send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(reply.json().get("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void rejectsTokenWithoutOurAudience() {
    String token =
        TestTokens.user("teacher-x")
            .realmRoles("teacher")
            .orgUnit(SCHOOL_A_PRIMARY)
            .audience("account")
            .build();

    Reply reply = createNote(token, SCHOOL_A_PRIMARY);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void rejectsExpiredForeignSignedAndWrongIssuerTokens() {
    var expired = TestTokens.user("t1").realmRoles("teacher").orgUnit(SCHOOL_A_PRIMARY).expired();
    var foreign =
        TestTokens.user("t2")
            .realmRoles("teacher")
            .orgUnit(SCHOOL_A_PRIMARY)
            .signedWithForeignKey();
    var wrongIssuer =
        TestTokens.user("t3")
            .realmRoles("teacher")
            .orgUnit(SCHOOL_A_PRIMARY)
            .issuer("http://127.0.0.1:1/realms/other");

    assertThat(createNote(expired.build(), SCHOOL_A_PRIMARY).status()).isEqualTo(401);
    assertThat(createNote(foreign.build(), SCHOOL_A_PRIMARY).status()).isEqualTo(401);
    assertThat(createNote(wrongIssuer.build(), SCHOOL_A_PRIMARY).status()).isEqualTo(401);
  }

  @Test
  void letsSchoolStaffWriteTheirOwnSchool() {
    assertThat(createNote(Personas.teacher(SCHOOL_A_PRIMARY), SCHOOL_A_PRIMARY).status())
        .isEqualTo(201);
  }

  @Test
  void deniesSchoolAdminWritingAnotherSchoolWithOrgScopeProblem() {
    Reply reply = createNote(Personas.schoolAdmin(SCHOOL_A_PRIMARY), SCHOOL_B_PRIMARY);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    assertThat(reply.json().get("detail").asString()).contains(SCHOOL_B_PRIMARY);
  }

  @Test
  void deniesTeacherReadingAnotherSchoolsRecord() {
    String note = noteOf(SCHOOL_B_PRIMARY);

    Reply reply =
        http.get("/api/v1/test/notes/" + note).token(Personas.teacher(SCHOOL_A_PRIMARY)).send();

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void letsCommuneOfficerReadItsSchoolsButNotAnotherCommunes() {
    String inCommuneA = noteOf(SCHOOL_A_PRIMARY);
    String inCommuneB = noteOf(SCHOOL_B_PRIMARY);
    String officerA = Personas.communeOfficer(COMMUNE_A);

    assertThat(http.get("/api/v1/test/notes/" + inCommuneA).token(officerA).send().status())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/test/notes/" + inCommuneB).token(officerA).send().status())
        .isEqualTo(403);
    assertThat(
            http.get("/api/v1/test/notes/" + inCommuneB)
                .token(Personas.communeOfficer(COMMUNE_B))
                .send()
                .status())
        .isEqualTo(200);
  }

  @Test
  void letsDepartmentStaffReadAndWriteEverywhere() {
    String note = noteOf(SCHOOL_B_PRIMARY);

    assertThat(
            http.get("/api/v1/test/notes/" + note)
                .token(Personas.departmentOfficer())
                .send()
                .status())
        .isEqualTo(200);
    assertThat(createNote(Personas.departmentOfficer(), SCHOOL_A_PRIMARY).status()).isEqualTo(201);
  }

  @Test
  void scopesGovernmentSystemsByTheirClientRoles() {
    String note = noteOf(SCHOOL_A_PRIMARY);
    String reader = Personas.governmentSystem("moet-sync", Roles.PROVINCE_READ);
    String unentitled = Personas.governmentSystem("unentitled-system");

    assertThat(http.get("/api/v1/test/notes/" + note).token(reader).send().status()).isEqualTo(200);
    assertThat(createNote(reader, SCHOOL_A_PRIMARY).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/test/notes/" + note).token(unentitled).send().status())
        .isEqualTo(403);
  }

  @Test
  void answersRoleDenialWithForbiddenProblem() {
    String citizen = TestTokens.user("citizen-1").realmRoles("citizen").build();

    Reply reply = createNote(citizen, SCHOOL_A_PRIMARY);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("code").asString()).isEqualTo("forbidden");
  }

  @Test
  void leavesPublicPathsHealthAndMetricsOpen() {
    assertThat(http.get("/public/v1/test/ping").send().status()).isEqualTo(200);
    assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    assertThat(http.get("/actuator/prometheus").send().status()).isEqualTo(200);
  }
}
