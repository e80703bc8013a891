package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.errors;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.registration;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.List;
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
 * Registering, reading, searching and correcting students through the API: the student code's
 * uniqueness, the personal ID's structure at its field, bad input that stores nothing, If-Match,
 * who reads and changes what, another school's students not found on every endpoint taking a code,
 * and a retry with the same Idempotency-Key.
 */
class StudentApiIntegrationTests extends StudentRecordIntegrationTest {

  private StudentApi api;

  @BeforeEach
  void api() {
    api = new StudentApi(http);
  }

  private long stored(String code) {
    return jdbc.sql("SELECT count(*) FROM student WHERE student_code = :c")
        .param("c", code)
        .query(Long.class)
        .single();
  }

  @Test
  void registersAStudentWithTheSchoolAndReadsItBack() {
    String code = StudentApi.newStudentCode();
    Map<String, Object> body = registration(code, SCHOOL_A_PRIMARY, "Nguyễn Thị Ánh");

    Reply created = api.post(STUDENTS, Personas.principal(SCHOOL_A_PRIMARY), body);
    Reply read = api.get(STUDENTS + "/" + code, Personas.teacher(SCHOOL_A_PRIMARY));

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(STUDENTS + "/" + code);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("fullName").asString()).isEqualTo("Nguyễn Thị Ánh");
    assertThat(read.json().get("personalId").asString()).isEqualTo(body.get("personalId"));
    assertThat(read.json().get("personalIdVerified").asBoolean()).isFalse();
    assertThat(read.json().get("schoolCode").asString()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(read.json().has("ethnicityCode")).as("sensitive data stays apart").isFalse();
  }

  @Test
  void aStudentCodeIsRegisteredOnce() {
    JsonNode first = api.registered(SCHOOL_A_PRIMARY);
    String code = first.get("studentCode").asString();

    Reply again =
        api.post(
            STUDENTS,
            Personas.schoolAdmin(SCHOOL_B_PRIMARY),
            registration(code, SCHOOL_B_PRIMARY, "Lê Văn Khác"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("student-exists");
    assertThat(errors(again)).containsExactly("/studentCode duplicate-student-code");
    assertThat(again.text()).doesNotContain(first.get("fullName").asString());
  }

  @Test
  void aPersonalIdBelongsToOneStudent() {
    JsonNode first = api.registered(SCHOOL_A_PRIMARY);
    Map<String, Object> body =
        registration(StudentApi.newStudentCode(), SCHOOL_A_PRIMARY, "Lê Thị Khác");
    body.put("personalId", first.get("personalId").asString());

    Reply again = api.post(STUDENTS, Personas.schoolAdmin(SCHOOL_A_PRIMARY), body);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("personal-id-taken");
    assertThat(stored((String) body.get("studentCode"))).isZero();
  }

  @Test
  void refusesAPersonalIdThatDoesNotFitTheBirthAndSexAtItsFieldStoringNothing() {
    String code = StudentApi.newStudentCode();
    Map<String, Object> boy = registration(code, SCHOOL_A_PRIMARY, "Trần Văn Nam");
    boy.put("sex", "MALE");
    // the registration's number is a girl's born in 2015
    Map<String, Object> province = registration(code, SCHOOL_A_PRIMARY, "Trần Văn Nam");
    province.put("personalId", "003315000123");
    Map<String, Object> year = registration(code, SCHOOL_A_PRIMARY, "Trần Văn Nam");
    year.put("personalId", "031316000123");
    Map<String, Object> format = registration(code, SCHOOL_A_PRIMARY, "Trần Văn Nam");
    format.put("personalId", "03131500012");

    List<Reply> replies =
        List.of(boy, province, year, format).stream()
            .map(body -> api.post(STUDENTS, Personas.schoolAdmin(SCHOOL_A_PRIMARY), body))
            .toList();

    assertThat(replies).extracting(Reply::status).containsOnly(422);
    assertThat(replies.getFirst().json().get("code").asString()).isEqualTo("student-rule");
    assertThat(replies.stream().map(StudentApi::errors).toList())
        .containsExactly(
            List.of("/personalId personal-id-sex-mismatch"),
            List.of("/personalId personal-id-province"),
            List.of("/personalId personal-id-birth-year-mismatch"),
            List.of("/personalId personal-id-format"));
    assertThat(replies.getFirst().text()).doesNotContain("031315");
    assertThat(stored(code)).isZero();
  }

  @Test
  void refusesBadInputWithAFieldErrorEachAndStoresNothing() {
    String code = StudentApi.newStudentCode();
    Map<String, Object> body = registration(code, SCHOOL_A_PRIMARY, " ");
    body.remove("sex");
    body.put("dateOfBirth", "1989-12-31");

    Reply invalid = api.post(STUDENTS, Personas.schoolAdmin(SCHOOL_A_PRIMARY), body);
    body.put("fullName", "Nguyễn Văn Cũ");
    body.put("sex", "MALE");
    body.remove("personalId");
    Reply tooOld = api.post(STUDENTS, Personas.schoolAdmin(SCHOOL_A_PRIMARY), body);
    Reply badCode =
        api.post(
            STUDENTS,
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            registration("12345", SCHOOL_A_PRIMARY, "A"));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(errors(invalid)).extracting(e -> e.split(" ")[0]).contains("/fullName", "/sex");
    assertThat(tooOld.status()).isEqualTo(422);
    assertThat(errors(tooOld)).containsExactly("/dateOfBirth date-of-birth-out-of-range");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(errors(badCode)).extracting(e -> e.split(" ")[0]).containsExactly("/studentCode");
    assertThat(stored(code)).isZero();
  }

  @Test
  void aSchoolRegistersForItselfOnlyAndTeachersDoNotRegister() {
    Map<String, Object> body =
        registration(StudentApi.newStudentCode(), SCHOOL_A_PRIMARY, "Đỗ Thị Lan");

    Reply otherSchool = api.post(STUDENTS, Personas.schoolAdmin(SCHOOL_B_PRIMARY), body);
    Reply teacher = api.post(STUDENTS, Personas.teacher(SCHOOL_A_PRIMARY), body);
    Reply department = api.post(STUDENTS, Personas.departmentAdmin(), body);

    assertThat(otherSchool.status()).isEqualTo(403);
    assertThat(otherSchool.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    assertThat(teacher.status()).isEqualTo(403);
    assertThat(department.status()).isEqualTo(403);
    assertThat(stored((String) body.get("studentCode"))).isZero();
  }

  @Test
  void correctsTheIdentityWithIfMatchAndANewNumberIsNotVerified() {
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String path = STUDENTS + "/" + student.get("studentCode").asString();
    String admin = Personas.schoolAdmin(SCHOOL_A_PRIMARY);
    Reply verified = api.patch(path, admin, "\"1\"", Map.of("personalIdVerified", true));

    Reply withoutIfMatch = api.patch(path, admin, null, Map.of("placeOfBirth", "Hà Nội"));
    Reply stale = api.patch(path, admin, "\"1\"", Map.of("placeOfBirth", "Hà Nội"));
    Reply renumbered =
        api.patch(
            path, admin, "\"2\"", Map.of("personalId", StudentApi.personalId(2015, "FEMALE")));
    Reply byTeacher =
        api.patch(path, Personas.teacher(SCHOOL_A_PRIMARY), "\"3\"", Map.of("fullName", "X"));

    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    assertThat(verified.json().get("personalIdVerified").asBoolean()).isTrue();
    assertThat(verified.header("ETag")).isEqualTo("\"2\"");
    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(renumbered.status()).isEqualTo(200);
    assertThat(renumbered.json().get("personalIdVerified").asBoolean()).isFalse();
    assertThat(byTeacher.status()).isEqualTo(403);
    assertThat(api.get(path, admin).json().get("fullName").asString())
        .isEqualTo(student.get("fullName").asString());
  }

  @Test
  void searchesTheSchoolsStudentsByNameWithoutDiacriticsInClassListOrder() {
    String given = "Xuyến";
    JsonNode first = api.registered(SCHOOL_A_PRIMARY, StudentApi.uniqueName(given));
    JsonNode second = api.registered(SCHOOL_A_PRIMARY, StudentApi.uniqueName(given));
    api.registered(SCHOOL_B_PRIMARY, StudentApi.uniqueName(given));
    String folded = "xuyen";

    Reply ownSchool =
        http.get(STUDENTS + "?name=" + folded + "&size=200")
            .token(Personas.teacher(SCHOOL_A_PRIMARY))
            .send();
    Reply byCommune =
        http.get(STUDENTS + "?schoolCode=" + SCHOOL_A_PRIMARY + "&name=THI%20" + folded)
            .token(Personas.communeOfficer(COMMUNE_A))
            .send();
    Reply otherCommune =
        http.get(STUDENTS + "?schoolCode=" + SCHOOL_A_PRIMARY)
            .token(Personas.communeOfficer(COMMUNE_B))
            .send();
    Reply communeWithoutSchool =
        http.get(STUDENTS).token(Personas.communeOfficer(COMMUNE_A)).send();

    assertThat(ownSchool.status()).isEqualTo(200);
    assertThat(ownSchool.json().get("items").findValuesAsString("studentCode"))
        .contains(first.get("studentCode").asString(), second.get("studentCode").asString())
        .allSatisfy(code -> assertThat(stored(code)).isOne());
    assertThat(ownSchool.json().get("items").findValuesAsString("schoolCode"))
        .containsOnly(SCHOOL_A_PRIMARY);
    assertThat(byCommune.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(otherCommune.status()).isEqualTo(403);
    assertThat(communeWithoutSchool.status()).isEqualTo(400);
  }

  @Test
  void anotherSchoolFindsNoneOfTheStudentsEndpointsAndLearnsNoName() {
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String path = STUDENTS + "/" + student.get("studentCode").asString();
    String classId = api.classOf(SCHOOL_A_PRIMARY, 2).get("id").asString();
    String guardianId =
        api.guardian(SCHOOL_A_PRIMARY, student.get("studentCode").asString(), null)
            .get("id")
            .asString();
    String other = Personas.principal(SCHOOL_B_PRIMARY);

    List<Reply> replies =
        List.of(
            api.get(path, other),
            api.get(path + "/history", other),
            api.get(path + "/sensitive", other),
            api.get(path + "/guardians", other),
            api.patch(path, other, "\"1\"", Map.of("fullName", "Đổi tên")),
            api.put(path + "/sensitive", other, "\"0\"", Map.of("ethnicityCode", "01")),
            api.post(
                path + "/enrolments",
                other,
                Map.of("classId", classId, "startDate", StudentApi.yearStart().toString())),
            api.post(
                path + "/transfers",
                other,
                Map.of(
                    "date",
                    StudentApi.today().toString(),
                    "reason",
                    "x",
                    "toSchoolCode",
                    SCHOOL_B_PRIMARY)),
            api.post(
                path + "/guardians",
                other,
                Map.of("fullName", "A", "relationship", "MOTHER", "legalRepresentative", true)),
            api.patch(
                path + "/guardians/" + guardianId, other, "\"1\"", Map.of("phone", "0912345678")),
            api.delete(path + "/guardians/" + guardianId + "/account-link", other, "\"1\""),
            api.get(StudentApi.CLASSES + "/" + classId, other),
            api.put(
                StudentApi.CLASSES + "/" + classId + "/homeroom-teacher",
                other,
                "\"1\"",
                Map.of("login", "gv.khac")));

    assertThat(replies).extracting(Reply::status).containsOnly(404);
    assertThat(replies)
        .allSatisfy(
            reply ->
                assertThat(reply.text())
                    .doesNotContain(student.get("fullName").asString())
                    .doesNotContain(student.get("personalId").asString()));
    assertThat(
            api.get(path, Personas.schoolAdmin(SCHOOL_A_PRIMARY)).json().get("revision").asLong())
        .isOne();
  }

  @Test
  void anUnknownStudentCodeIsNotFoundAsAnotherSchoolsIs() {
    Reply unknown =
        api.get(STUDENTS + "/" + StudentApi.newStudentCode(), Personas.departmentAdmin());

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("code").asString()).isEqualTo("student-not-found");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheRegistration() {
    Map<String, Object> body =
        registration(StudentApi.newStudentCode(), SCHOOL_A_PRIMARY, "Phạm Thu Hà");
    String key = UUID.randomUUID().toString();

    Reply first =
        http.post(STUDENTS)
            .token(Personas.schoolAdmin(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", key)
            .json(body)
            .send();
    Reply retry =
        http.post(STUDENTS)
            .token(Personas.schoolAdmin(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", key)
            .json(body)
            .send();

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(stored((String) body.get("studentCode"))).isOne();
  }
}
