package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * A student's career through the API: enrolled, moved to another class, transferred to another
 * school of the province which then enrols them, or out of the province; the history stays with the
 * student and follows the file to the school holding it.
 */
class EnrolmentAndTransferIntegrationTests extends StudentRecordIntegrationTest {

  private StudentApi api;

  @BeforeEach
  void api() {
    api = new StudentApi(http);
  }

  private Reply enrol(String token, String code, String classId, LocalDate start) {
    return api.post(
        STUDENTS + "/" + code + "/enrolments",
        token,
        Map.of("classId", classId, "startDate", start.toString()));
  }

  private Reply transfer(String token, String code, Map<String, Object> body) {
    return api.post(STUDENTS + "/" + code + "/transfers", token, body);
  }

  @Test
  void aMoveToAnotherClassOfTheYearEndsTheOpenEnrolmentTheDayBefore() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    JsonNode first = api.classOf(SCHOOL_A_PRIMARY, 2);
    JsonNode second = api.classOf(SCHOOL_A_PRIMARY, 2);
    String admin = Personas.schoolAdmin(SCHOOL_A_PRIMARY);
    LocalDate start = StudentApi.yearStart();

    Reply enrolled = enrol(admin, code, first.get("id").asString(), start);
    Reply again = enrol(admin, code, first.get("id").asString(), start.plusDays(1));
    Reply moved =
        enrol(
            Personas.principal(SCHOOL_A_PRIMARY),
            code,
            second.get("id").asString(),
            start.plusDays(10));
    Reply history = api.get(STUDENTS + "/" + code + "/history", Personas.teacher(SCHOOL_A_PRIMARY));

    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
    assertThat(enrolled.json().get("className").asString()).isEqualTo(first.get("name").asString());
    assertThat(enrolled.json().get("schoolYear").asString()).isEqualTo(StudentApi.schoolYear());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("already-enrolled-in-class");
    assertThat(moved.status()).isEqualTo(201);
    JsonNode enrolments = history.json().get("enrolments");
    assertThat(enrolments).hasSize(2);
    assertThat(enrolments.get(0).get("endDate").asString()).isEqualTo(start.plusDays(9).toString());
    assertThat(enrolments.get(0).get("endReason").asString()).isEqualTo("CLASS_CHANGED");
    assertThat(enrolments.get(1).get("endDate").isNull()).isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM enrolment WHERE student_code = :c AND ends_on IS NULL")
                .param("c", code)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void refusesAClassOfAnotherSchoolAndADayOutsideTheSchoolYear() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    String ownClass = api.classOf(SCHOOL_A_PRIMARY, 1).get("id").asString();
    String otherClass = api.classOf(SCHOOL_B_PRIMARY, 1).get("id").asString();
    String admin = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

    Reply foreign = enrol(admin, code, otherClass, StudentApi.yearStart());
    Reply early = enrol(admin, code, ownClass, StudentApi.yearStart().minusDays(1));

    assertThat(foreign.status()).isEqualTo(422);
    assertThat(StudentApi.errors(foreign)).containsExactly("/classId unknown-class");
    assertThat(early.status()).isEqualTo(422);
    assertThat(StudentApi.errors(early)).containsExactly("/startDate outside-school-year");
  }

  @Test
  void aTransferWithinTheProvinceHandsTheFileToTheReceivingSchoolWhichEnrolsTheStudent() {
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String code = student.get("studentCode").asString();
    api.enrolled(
        SCHOOL_A_PRIMARY,
        code,
        api.classOf(SCHOOL_A_PRIMARY, 4).get("id").asString(),
        StudentApi.yearStart());
    LocalDate lastDay = StudentApi.today();

    Reply transferred =
        transfer(
            Personas.principal(SCHOOL_A_PRIMARY),
            code,
            Map.of(
                "date",
                lastDay.toString(),
                "reason",
                "Gia đình chuyển nơi ở.",
                "toSchoolCode",
                SCHOOL_B_PRIMARY));
    Reply senderReads = api.get(STUDENTS + "/" + code, Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply receiverReads = api.get(STUDENTS + "/" + code, Personas.teacher(SCHOOL_B_PRIMARY));
    String receivingClass = api.classOf(SCHOOL_B_PRIMARY, 4).get("id").asString();
    Reply tooEarly = enrol(Personas.schoolAdmin(SCHOOL_B_PRIMARY), code, receivingClass, lastDay);
    Reply enrolled =
        enrol(Personas.schoolAdmin(SCHOOL_B_PRIMARY), code, receivingClass, lastDay.plusDays(1));
    Reply history =
        api.get(STUDENTS + "/" + code + "/history", Personas.principal(SCHOOL_B_PRIMARY));
    Reply senderHistory =
        api.get(STUDENTS + "/" + code + "/history", Personas.principal(SCHOOL_A_PRIMARY));
    Reply commune = api.get(STUDENTS + "/" + code, Personas.communeOfficer(COMMUNE_A));

    assertThat(transferred.status()).as(transferred.text()).isEqualTo(201);
    assertThat(transferred.json().get("status").asString()).isEqualTo("PENDING");
    assertThat(transferred.json().get("toSchoolCode").asString()).isEqualTo(SCHOOL_B_PRIMARY);
    assertThat(senderReads.status()).isEqualTo(404);
    assertThat(senderReads.text()).doesNotContain(student.get("fullName").asString());
    assertThat(receiverReads.status()).isEqualTo(200);
    assertThat(receiverReads.json().get("schoolCode").asString()).isEqualTo(SCHOOL_B_PRIMARY);
    assertThat(tooEarly.status()).isEqualTo(422);
    assertThat(StudentApi.errors(tooEarly)).containsExactly("/startDate starts-before-transfer");
    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
    assertThat(enrolled.json().get("transferId").asString())
        .isEqualTo(transferred.json().get("id").asString());
    assertThat(history.json().get("enrolments")).hasSize(2);
    assertThat(history.json().at("/enrolments/0/schoolCode").asString())
        .isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(history.json().at("/enrolments/0/endReason").asString()).isEqualTo("TRANSFERRED");
    assertThat(history.json().at("/enrolments/0/endDate").asString()).isEqualTo(lastDay.toString());
    assertThat(history.json().at("/transfers/0/status").asString()).isEqualTo("TAKEN_UP");
    assertThat(senderHistory.status()).isEqualTo(404);
    assertThat(commune.status()).as("commune A no longer holds the file").isEqualTo(404);
  }

  @Test
  void aTransferOutOfTheProvinceEndsTheEnrolmentAndKeepsTheFile() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    api.enrolled(
        SCHOOL_A_PRIMARY,
        code,
        api.classOf(SCHOOL_A_PRIMARY, 4).get("id").asString(),
        StudentApi.yearStart());

    Reply left =
        transfer(
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            code,
            Map.of(
                "date", StudentApi.today().toString(),
                "reason", "Chuyển nơi ở.",
                "destinationOutsideProvince", "Trường Tiểu học Kim Liên, Hà Nội"));
    Reply again =
        transfer(
            Personas.schoolAdmin(SCHOOL_A_PRIMARY),
            code,
            Map.of(
                "date",
                StudentApi.today().toString(),
                "reason",
                "x",
                "toSchoolCode",
                SCHOOL_B_PRIMARY));
    Reply read = api.get(STUDENTS + "/" + code, Personas.schoolAdmin(SCHOOL_A_PRIMARY));

    assertThat(left.status()).as(left.text()).isEqualTo(201);
    assertThat(left.json().get("status").asString()).isEqualTo("LEFT_PROVINCE");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("no-current-enrolment");
    assertThat(read.json().get("schoolCode").asString()).isEqualTo(SCHOOL_A_PRIMARY);
  }

  @Test
  void aTransferNamesOneDestinationThatIsASchoolOfTheProvince() {
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    api.enrolled(
        SCHOOL_A_PRIMARY,
        code,
        api.classOf(SCHOOL_A_PRIMARY, 4).get("id").asString(),
        StudentApi.yearStart());
    String admin = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

    Reply commune =
        transfer(
            admin,
            code,
            Map.of(
                "date", StudentApi.today().toString(), "reason", "x", "toSchoolCode", COMMUNE_A));
    Reply none =
        transfer(admin, code, Map.of("date", StudentApi.today().toString(), "reason", "x"));
    Reply future =
        transfer(
            admin,
            code,
            Map.of(
                "date",
                StudentApi.today().plusDays(1).toString(),
                "reason",
                "x",
                "toSchoolCode",
                SCHOOL_B_PRIMARY));

    assertThat(StudentApi.errors(commune)).containsExactly("/toSchoolCode unknown-school");
    assertThat(StudentApi.errors(none)).containsExactly("/toSchoolCode destination-required");
    assertThat(StudentApi.errors(future)).containsExactly("/date last-day-out-of-range");
    assertThat(
            jdbc.sql("SELECT count(*) FROM transfer WHERE student_code = :c")
                .param("c", code)
                .query(Long.class)
                .single())
        .isZero();
  }
}
