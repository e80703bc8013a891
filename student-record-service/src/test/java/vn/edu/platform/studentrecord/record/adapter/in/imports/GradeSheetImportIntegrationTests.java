package vn.edu.platform.studentrecord.record.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.ClassOfStudents;
import vn.edu.platform.studentrecord.fixtures.RecordApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

/**
 * A school's grade sheet as a CSV file: the valid rows build the students' records, each refused
 * row is reported at its column, and the same file again changes nothing.
 */
class GradeSheetImportIntegrationTests extends StudentRecordIntegrationTest {

  static final String SCHOOL = OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;

  private static String sheet(String student, String badMidTerm) {
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFMã học sinh;Năm học;Mã môn;HK1 ĐĐGtx;HK1 ĐĐGgk;HK1 ĐĐGck;HK1 Kết quả;HK2 ĐĐGtx;"
                + "HK2 ĐĐGgk;HK2 ĐĐGck;HK2 Kết quả;Nhận xét;Rèn luyện HK1;Rèn luyện HK2;"
                + "Rèn luyện cả năm;Nghỉ HK1;Nghỉ HK2\n");
    boolean first = true;
    for (Subject subject : Curricula.grade(9).subjects()) {
      String mid = subject.code().equals("toan") ? badMidTerm : "8";
      if (subject.kind() == AssessmentKind.COMMENT_ONLY) {
        csv.append(student + ";2025-2026;" + subject.code() + ";;;;Đ;;;;Đ;Tốt;");
      } else {
        String regular =
            String.join(
                ";", java.util.Collections.nCopies(subject.regularAssessmentsPerSemester(), "8,5"));
        csv.append(
            student
                + ";2025-2026;"
                + subject.code()
                + ";\""
                + regular
                + "\";"
                + mid
                + ";7,5;;\""
                + regular
                + "\";8;9;;Tiến bộ;");
      }
      csv.append(first ? "T;T;T;1;0\n" : ";;;;\n");
      first = false;
    }
    csv.append(student + ";2025-2026;mon-khong-co;;8;8;;;8;8;;;;;;;\n");
    return csv.toString();
  }

  private JsonNode upload(String csv, String key) {
    TestHttp.Reply reply =
        http.post(RecordApi.BASE + "/imports/grade-sheets")
            .token(Personas.schoolAdmin(SCHOOL))
            .header("Idempotency-Key", key)
            .file("file", "bang-diem-9a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
            .send();
    assertThat(reply.status()).as(reply.text()).isIn(200, 202);
    String id = reply.json().path("id").asString();
    JsonNode[] job = new JsonNode[1];
    Await.until(
        "the import job",
        Duration.ofSeconds(60),
        () -> {
          job[0] =
              http.get(RecordApi.BASE + "/import-jobs/" + id)
                  .token(Personas.schoolAdmin(SCHOOL))
                  .send()
                  .json();
          return List.of("COMPLETED", "FAILED")
              .contains(job[0].path("status").asString(job[0].path("state").asString()));
        });
    return job[0];
  }

  @Test
  void validRowsBuildTheRecordAndEachRefusedRowIsReportedAtItsColumn() {
    ClassOfStudents nine = students().classOf(SCHOOL, "2025-2026", 9, "gv.s311003", 1);
    String student = nine.studentCodes().getFirst();

    JsonNode job = upload(sheet(student, "7,25"), UUID.randomUUID().toString());

    assertThat(job.toString()).contains("\"rowsRejected\":2").contains("\"rowsAccepted\":11");
    String errors =
        http.get(RecordApi.BASE + "/import-jobs/" + job.path("id").asString() + "/errors")
            .token(Personas.schoolAdmin(SCHOOL))
            .send()
            .text();
    assertThat(errors).contains("score-too-precise").contains("s1MidTerm");
    assertThat(errors).contains("unknown-subject").contains("subjectCode");
    JsonNode record =
        http.get(RecordApi.BASE + "/students/" + student + "/records")
            .token(Personas.schoolAdmin(SCHOOL))
            .send()
            .json()
            .get(0);
    assertThat(record.path("content").path("secondary").path("subjects")).hasSize(11);
    assertThat(record.path("content").path("secondary").path("conductYear").asString())
        .isEqualTo("GOOD");

    long revision = record.path("revision").asLong();
    upload(sheet(student, "7,25"), UUID.randomUUID().toString());
    JsonNode again =
        http.get(RecordApi.BASE + "/students/" + student + "/records")
            .token(Personas.schoolAdmin(SCHOOL))
            .send()
            .json()
            .get(0);
    assertThat(again.path("revision").asLong()).isEqualTo(revision);
  }
}
