package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Sensitive data (ethnicity, disability) in its own resource, for the school's heads and the
 * department only; and the audit trail: every change, and every read of a student's personal data
 * from outside the school holding the file (commune, department, government system), but not the
 * school's own reads.
 */
class SensitiveDataAndAuditIntegrationTests extends StudentRecordIntegrationTest {

  private StudentApi api;

  @BeforeEach
  void api() {
    api = new StudentApi(http);
  }

  private List<String> audit(String type, String code) {
    return jdbc.sql(
            "SELECT action || ' ' || purpose FROM platform.audit_event"
                + " WHERE resource_type = :type AND resource_id = :id ORDER BY seq")
        .param("type", type)
        .param("id", code)
        .query(String.class)
        .list();
  }

  @Test
  void theSchoolsHeadsRecordSensitiveDataAndOnlyTheyAndTheDepartmentReadIt() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    String path = STUDENTS + "/" + code + "/sensitive";

    Reply before = api.get(path, Personas.principal(SCHOOL_A_PRIMARY));
    Reply recorded =
        api.put(
            path,
            Personas.principal(SCHOOL_A_PRIMARY),
            "\"0\"",
            Map.of("ethnicityCode", "01", "disabilityKind", "VISION", "disabilityLevel", "MILD"));
    Reply department = api.get(path, Personas.departmentOfficer());
    Reply teacher = api.get(path, Personas.teacher(SCHOOL_A_PRIMARY));
    Reply commune = api.get(path, Personas.communeOfficer(COMMUNE_A));
    Reply system = api.get(path, Personas.governmentSystem("national-db", "province-read"));
    Reply identity = api.get(STUDENTS + "/" + code, Personas.schoolAdmin(SCHOOL_A_PRIMARY));

    assertThat(before.status()).isEqualTo(200);
    assertThat(before.header("ETag")).isEqualTo("\"0\"");
    assertThat(before.json().get("ethnicityCode").isNull()).isTrue();
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
    assertThat(recorded.header("ETag")).isEqualTo("\"1\"");
    assertThat(department.json().get("disabilityKind").asString()).isEqualTo("VISION");
    assertThat(teacher.status()).isEqualTo(403);
    assertThat(commune.status()).isEqualTo(403);
    assertThat(system.status()).isEqualTo(403);
    assertThat(identity.text()).doesNotContain("VISION").doesNotContain("ethnicity");
    assertThat(audit("student-sensitive-data", code))
        .containsExactly("UPDATE record sensitive data", "READ read the sensitive data");
  }

  @Test
  void refusesAnEthnicGroupOutsideTheListAndADisabilityWithoutLevel() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();

    Reply refused =
        api.put(
            STUDENTS + "/" + code + "/sensitive",
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            "\"0\"",
            Map.of("ethnicityCode", "55", "disabilityKind", "MENTAL"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(StudentApi.errors(refused))
        .containsExactly(
            "/ethnicityCode ethnicity-code", "/disabilityLevel disability-kind-and-level");
    assertThat(
            jdbc.sql("SELECT count(*) FROM student_sensitive_data WHERE student_code = :c")
                .param("c", code)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void readsFromOutsideTheSchoolAreAuditedAndTheSchoolsOwnAreNot() {
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String code = student.get("studentCode").asString();
    String path = STUDENTS + "/" + code;

    api.get(path, Personas.teacher(SCHOOL_A_PRIMARY));
    api.get(path + "/history", Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    api.get(path, Personas.communeOfficer(COMMUNE_A));
    api.get(path + "/history", Personas.departmentAdmin());
    api.get(path, Personas.governmentSystem("national-db", "province-read"));
    api.get(
        STUDENTS
            + "?schoolCode="
            + SCHOOL_A_PRIMARY
            + "&name="
            + student.get("fullName").asString().split(" ")[3],
        Personas.departmentOfficer());

    assertThat(audit("student", code))
        .containsExactly(
            "CREATE register student",
            "READ read the identity",
            "READ read the school history",
            "READ read the identity",
            "READ list students of " + SCHOOL_A_PRIMARY);
    List<String> actors =
        jdbc.sql(
                "SELECT coalesce(actor_org_unit, actor_client) FROM platform.audit_event"
                    + " WHERE resource_type = 'student' AND resource_id = :id AND action = 'READ'"
                    + " ORDER BY seq")
            .param("id", code)
            .query(String.class)
            .list();
    assertThat(actors).containsExactly(COMMUNE_A, "SGD31", "national-db", "SGD31");
  }
}
