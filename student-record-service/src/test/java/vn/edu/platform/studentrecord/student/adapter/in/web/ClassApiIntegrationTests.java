package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.CLASSES;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.schoolClass;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * A school's classes of a school year: created once per name, listed, handed over with If-Match.
 */
class ClassApiIntegrationTests extends StudentRecordIntegrationTest {

  private StudentApi api;

  @BeforeEach
  void api() {
    api = new StudentApi(http);
  }

  @Test
  void createsAClassOnceForItsSchoolYearAndListsItByGradeAndName() {
    String name = StudentApi.className(4);
    Map<String, Object> body = schoolClass(SCHOOL_A_PRIMARY, StudentApi.schoolYear(), 4, name);
    body.put("homeroomTeacher", "gv.s311002");

    Reply created = api.post(CLASSES, Personas.principal(SCHOOL_A_PRIMARY), body);
    Reply again = api.post(CLASSES, Personas.schoolAdmin(SCHOOL_A_PRIMARY), body);
    Reply listed =
        http.get(
                CLASSES
                    + "?schoolCode="
                    + SCHOOL_A_PRIMARY
                    + "&schoolYear="
                    + StudentApi.schoolYear())
            .token(Personas.communeOfficer(COMMUNE_A))
            .send();
    Reply otherCommune =
        http.get(
                CLASSES
                    + "?schoolCode="
                    + SCHOOL_A_PRIMARY
                    + "&schoolYear="
                    + StudentApi.schoolYear())
            .token(Personas.communeOfficer(COMMUNE_B))
            .send();

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().get("homeroomTeacher").asString()).isEqualTo("gv.s311002");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("class-exists");
    assertThat(again.json().get("detail").asString()).contains(created.json().get("id").asString());
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().findValuesAsString("name")).contains(name);
    assertThat(otherCommune.status()).isEqualTo(403);
  }

  @Test
  void refusesASchoolYearWhoseSecondYearIsNotTheNextAndAGradeOutsideGeneralEducation() {
    Reply year =
        api.post(
            CLASSES,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            schoolClass(SCHOOL_A_PRIMARY, "2025-2027", 4, StudentApi.className(4)));
    Reply grade =
        api.post(
            CLASSES,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            schoolClass(SCHOOL_A_PRIMARY, "2025-2026", 13, StudentApi.className(4)));

    assertThat(year.status()).isEqualTo(422);
    assertThat(StudentApi.errors(year)).containsExactly("/schoolYear school-year-format");
    assertThat(grade.status()).isEqualTo(400);
  }

  @Test
  void handsTheClassToAnotherHomeroomTeacherWithIfMatch() {
    JsonNode created = api.classOf(SCHOOL_A_PRIMARY, 3);
    String path = CLASSES + "/" + created.get("id").asString() + "/homeroom-teacher";

    Reply changed =
        api.put(path, Personas.schoolAdmin(SCHOOL_A_PRIMARY), "\"1\"", Map.of("login", "gv.hoa"));
    Reply stale =
        api.put(path, Personas.schoolAdmin(SCHOOL_A_PRIMARY), "\"1\"", Map.of("login", "gv.lan"));
    Reply same =
        api.put(path, Personas.schoolAdmin(SCHOOL_A_PRIMARY), "\"2\"", Map.of("login", "gv.hoa"));
    Reply byTeacher =
        api.put(path, Personas.teacher(SCHOOL_A_PRIMARY), "\"2\"", Map.of("login", "gv.lan"));
    Reply read =
        api.get(CLASSES + "/" + created.get("id").asString(), Personas.teacher(SCHOOL_A_PRIMARY));

    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(same.status()).isEqualTo(409);
    assertThat(same.json().get("code").asString()).isEqualTo("homeroom-teacher-unchanged");
    assertThat(byTeacher.status()).isEqualTo(403);
    assertThat(read.json().get("homeroomTeacher").asString()).isEqualTo("gv.hoa");
  }
}
