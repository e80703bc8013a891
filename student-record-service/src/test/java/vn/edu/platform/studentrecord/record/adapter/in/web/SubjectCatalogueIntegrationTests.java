package vn.edu.platform.studentrecord.record.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.security.Personas;

class SubjectCatalogueIntegrationTests extends StudentRecordIntegrationTest {

  @Test
  void servesAGradesSubjectsWithTheirRegularAssessments() {
    var response =
        http.get("/api/v1/student-records/subject-catalogue/grades/9")
            .token(Personas.teacher(OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY))
            .send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("level").asString()).isEqualTo("LOWER_SECONDARY");
    assertThat(response.json().path("subjects")).hasSize(12);
    assertThat(response.json().path("subjects").get(1).path("code").asString()).isEqualTo("toan");
    assertThat(
            response.json().path("subjects").get(1).path("regularAssessmentsPerSemester").asInt())
        .isEqualTo(4);
  }

  @Test
  void upperSecondaryGradesTakeFourElectives() {
    var response =
        http.get("/api/v1/student-records/subject-catalogue/grades/10")
            .token(Personas.departmentOfficer())
            .send();

    assertThat(response.json().path("minElectives").asInt()).isEqualTo(4);
    assertThat(response.json().path("maxElectives").asInt()).isEqualTo(4);
  }

  @Test
  void refusesAGradeOutsideGeneralEducation() {
    var response =
        http.get("/api/v1/student-records/subject-catalogue/grades/13")
            .token(Personas.departmentOfficer())
            .send();

    assertThat(response.status()).isEqualTo(400);
  }
}
