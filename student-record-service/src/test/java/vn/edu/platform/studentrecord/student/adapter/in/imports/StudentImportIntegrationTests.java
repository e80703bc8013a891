package vn.edu.platform.studentrecord.student.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * A school's list of students and classes uploaded as one file: valid rows registered and enrolled,
 * bad rows reported by row and column, the same file again changing nothing.
 */
class StudentImportIntegrationTests extends StudentRecordIntegrationTest {

  private static final String HEADER =
      "Mã định danh học sinh,Họ và tên,Ngày sinh,Giới tính,Nơi sinh,Số định danh cá nhân,"
          + "Năm học,Khối,Lớp,Ngày vào lớp\n";

  private final String admin = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

  private Reply upload(String token, String csv) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    return http.post("/api/v1/student-records/imports/students")
        .token(token)
        .file("file", "hoc-sinh.csv", "text/csv", file)
        .send();
  }

  private JsonNode awaitFinished(String location) {
    JsonNode[] job = new JsonNode[1];
    Await.until(
        "the import job to finish",
        Duration.ofSeconds(60),
        () -> {
          job[0] = http.get(location).token(admin).send().json();
          String status = job[0].get("status").asString();
          return status.equals("COMPLETED") || status.equals("FAILED");
        });
    return job[0];
  }

  private long auditedChanges() {
    return jdbc.sql(
            "SELECT count(*) FROM platform.audit_event WHERE action <> 'READ'"
                + " AND resource_type IN ('student', 'school-class', 'student-guardian')")
        .query(Long.class)
        .single();
  }

  private long count(String sql, String code) {
    return jdbc.sql(sql).param("c", code).query(Long.class).single();
  }

  @Test
  void registersAndEnrolsTheValidRowsReportsTheOthersAndChangesNothingTheSecondTime() {
    String first = StudentApi.newStudentCode();
    String second = StudentApi.newStudentCode();
    String year = StudentApi.schoolYear();
    String className = StudentApi.className(3);
    String taken = new StudentApi(http).registered(SCHOOL_B_PRIMARY).get("studentCode").asString();
    String csv =
        HEADER
            + String.join(
                "\n",
                first
                    + ",Nguyễn Văn An,05/01/2017,Nam,Hải Phòng,"
                    + StudentApi.personalId(2017, "MALE")
                    + ","
                    + year
                    + ",3,"
                    + className
                    + ",",
                second
                    + ",Lê Thị Bích,2017-02-11,Nữ,Hải Dương,,"
                    + year
                    + ",3,"
                    + className
                    + ","
                    + StudentApi.yearStart(),
                first
                    + ",Nguyễn Văn An,05/01/2017,Nam,Hải Phòng,,"
                    + year
                    + ",3,"
                    + className
                    + ",",
                StudentApi.newStudentCode()
                    + ",Trần Thị Sai,2017-03-01,Nữ,Hải Phòng,031217000001,"
                    + year
                    + ",3,"
                    + className
                    + ",",
                StudentApi.newStudentCode()
                    + ",Phạm Văn Khối,2017-03-01,Nam,Hải Phòng,,"
                    + year
                    + ",13,X,",
                StudentApi.newStudentCode()
                    + ",Đỗ Văn Năm,2017-03-01,Nam,Hải Phòng,,2025-2027,3,"
                    + className
                    + ",",
                taken
                    + ",Nguyễn Thị Ánh,2015-03-14,Nữ,Hải Phòng,,"
                    + year
                    + ",3,"
                    + className
                    + ",")
            + "\n";

    Reply accepted = upload(admin, csv);
    JsonNode job = awaitFinished(accepted.header("Location"));
    JsonNode errors =
        http.get(accepted.header("Location") + "/errors").token(admin).send().json().get("items");
    // the worker thread stored the rows, but they are the uploader's doing
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT actor_subject || ' ' || coalesce(actor_org_unit, '-') FROM"
                        + " platform.audit_event WHERE action = 'CREATE' AND resource_type ="
                        + " 'student' AND resource_id = :c")
                .param("c", first)
                .query(String.class)
                .list())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .doesNotStartWith("system ")
        .endsWith(" " + SCHOOL_A_PRIMARY);
    long studentsBefore = count("SELECT count(*) FROM student WHERE student_code = :c", first);
    long enrolmentsBefore = jdbc.sql("SELECT count(*) FROM enrolment").query(Long.class).single();
    long auditBefore = auditedChanges();
    Reply same = upload(admin, csv);

    String again = csv.replace(",3," + className + ",\n", ",3," + className + ", \n");
    JsonNode secondJob = awaitFinished(upload(admin, again).header("Location"));

    assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
    assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
    assertThat(job.get("rowsRead").asLong()).isEqualTo(7);
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(2);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(5);
    List<String> found =
        errors
            .valueStream()
            .map(
                e ->
                    e.get("row").asLong()
                        + " "
                        + e.get("column").asString()
                        + " "
                        + e.get("code").asString())
            .toList();
    assertThat(found)
        .contains(
            "4 Mã định danh học sinh duplicate-in-file",
            "5 Số định danh cá nhân personal-id-sex-mismatch",
            "6 Khối out-of-range",
            "7 Năm học school-year-format",
            "8 Mã định danh học sinh student-of-another-school");
    assertThat(studentsBefore).isOne();
    assertThat(
            count(
                "SELECT count(*) FROM enrolment WHERE student_code = :c AND ends_on IS NULL",
                second))
        .isOne();
    assertThat(
            jdbc.sql("SELECT count(*) FROM school_class WHERE school_code = :s AND name = :n")
                .param("s", SCHOOL_A_PRIMARY)
                .param("n", className)
                .query(Long.class)
                .single())
        .isOne();
    assertThat(secondJob.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(secondJob.get("rowsAccepted").asLong()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT count(*) FROM enrolment").query(Long.class).single())
        .as("the same rows again enrol no one")
        .isEqualTo(enrolmentsBefore);
    assertThat(auditedChanges()).as("and change nothing that is audited").isEqualTo(auditBefore);
    assertThat(same.status()).as("the very same file is the same job").isEqualTo(200);
    assertThat(same.json().get("id").asString()).isEqualTo(accepted.json().get("id").asString());
  }

  @Test
  void onlyTheSchoolsHeadsUploadStudents() {
    Reply teacher = upload(Personas.teacher(SCHOOL_A_PRIMARY), HEADER);
    Reply department = upload(Personas.departmentAdmin(), HEADER);

    assertThat(teacher.status()).isEqualTo(403);
    assertThat(department.status()).isEqualTo(403);
  }

  @Test
  void offersATemplateWithTheVietnameseHeaders() {
    Reply template =
        http.get("/api/v1/student-records/imports/students/template?format=csv")
            .token(admin)
            .send();

    assertThat(template.status()).isEqualTo(200);
    assertThat(template.text())
        .contains("Mã định danh học sinh", "Số định danh cá nhân", "Năm học");
  }
}
