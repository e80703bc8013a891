package vn.edu.platform.studentrecord.student.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;
import vn.edu.platform.studentrecord.student.application.port.in.Sex;
import vn.edu.platform.studentrecord.student.application.port.in.StudentQuery;
import vn.edu.platform.test.security.Personas;

/**
 * What the record feature reads through {@code EnrolmentQuery} and {@code StudentQuery}: the
 * enrolment owning a year's record (the receiving school's after a transfer), a class's students in
 * class-list order, a school's enrolments of the year, identities and guardians' accounts.
 */
class StudentPortsIntegrationTests extends StudentRecordIntegrationTest {

  @Autowired EnrolmentQuery enrolments;
  @Autowired StudentQuery students;

  @Test
  void theEnrolmentOfAYearIsTheLatestAndAfterATransferTheReceivingSchools() {
    StudentApi api = new StudentApi(http);
    String code = api.registered(SCHOOL_A_PRIMARY).get("studentCode").asString();
    JsonNode sending = api.classOf(SCHOOL_A_PRIMARY, 4);
    api.enrolled(SCHOOL_A_PRIMARY, code, sending.get("id").asString(), StudentApi.yearStart());
    EnrolmentView before = enrolments.enrolment(code, StudentApi.schoolYear()).orElseThrow();
    api.post(
        STUDENTS + "/" + code + "/transfers",
        Personas.schoolAdmin(SCHOOL_A_PRIMARY),
        Map.of(
            "date",
            StudentApi.today().toString(),
            "reason",
            "Chuyển nhà.",
            "toSchoolCode",
            SCHOOL_B_PRIMARY));
    JsonNode receiving = api.classOf(SCHOOL_B_PRIMARY, 4);
    api.enrolled(
        SCHOOL_B_PRIMARY, code, receiving.get("id").asString(), StudentApi.today().plusDays(1));

    EnrolmentView after = enrolments.enrolment(code, StudentApi.schoolYear()).orElseThrow();

    assertThat(before.schoolCode()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(before.className()).isEqualTo(sending.get("name").asString());
    assertThat(before.until()).isNull();
    assertThat(after.schoolCode()).isEqualTo(SCHOOL_B_PRIMARY);
    assertThat(after.classId().toString()).isEqualTo(receiving.get("id").asString());
    assertThat(enrolments.enrolmentsOfSchool(SCHOOL_B_PRIMARY, StudentApi.schoolYear()))
        .extracting(EnrolmentView::studentCode)
        .contains(code);
    assertThat(enrolments.enrolmentsOfSchool(SCHOOL_A_PRIMARY, StudentApi.schoolYear()))
        .extracting(EnrolmentView::studentCode)
        .doesNotContain(code);
    assertThat(enrolments.enrolmentsOfClass(UUID.fromString(sending.get("id").asString())))
        .as("the student left the sending class")
        .isEmpty();
    assertThat(enrolments.enrolment(code, "2001-2002")).isEmpty();
  }

  @Test
  void aClassListIsInTheOrderOfGivenNames() {
    StudentApi api = new StudentApi(http);
    JsonNode schoolClass = api.classOf(SCHOOL_A_PRIMARY, 1);
    String classId = schoolClass.get("id").asString();
    String yen = api.registered(SCHOOL_A_PRIMARY, "Trần Thị Yến").get("studentCode").asString();
    String an = api.registered(SCHOOL_A_PRIMARY, "Võ Văn An").get("studentCode").asString();
    String binh = api.registered(SCHOOL_A_PRIMARY, "Lê Bình").get("studentCode").asString();
    for (String code : new String[] {yen, an, binh}) {
      api.enrolled(SCHOOL_A_PRIMARY, code, classId, StudentApi.yearStart());
    }

    assertThat(enrolments.enrolmentsOfClass(UUID.fromString(classId)))
        .extracting(EnrolmentView::studentCode)
        .containsExactly(an, binh, yen);
    assertThat(enrolments.schoolClass(UUID.fromString(classId)).orElseThrow().grade()).isOne();
  }

  @Test
  void identitiesAndGuardiansAccountsForTheRecords() {
    StudentApi api = new StudentApi(http);
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String code = student.get("studentCode").asString();
    String login = "congdan.ports" + UUID.randomUUID().toString().substring(0, 6);
    api.guardian(SCHOOL_A_PRIMARY, code, login);

    var identity = students.identity(code).orElseThrow();

    assertThat(identity.fullName()).isEqualTo(student.get("fullName").asString());
    assertThat(identity.sex()).isEqualTo(Sex.FEMALE);
    assertThat(identity.personalId()).isEqualTo(student.get("personalId").asString());
    assertThat(identity.personalIdVerified()).isFalse();
    assertThat(students.isLinkedGuardian(code, login)).isTrue();
    assertThat(students.isLinkedGuardian(code, "congdan.khac")).isFalse();
    assertThat(students.studentsOfGuardian(login)).containsExactly(code);
    assertThat(students.hasLegalRepresentativeConsent(code)).isTrue();
    assertThat(students.identity(StudentApi.newStudentCode())).isEmpty();
  }
}
