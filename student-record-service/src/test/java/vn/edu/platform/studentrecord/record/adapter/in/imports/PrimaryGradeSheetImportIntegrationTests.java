package vn.edu.platform.studentrecord.record.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.ClassOfStudents;
import vn.edu.platform.studentrecord.fixtures.RecordApi;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

/**
 * A primary school's grade sheet as a CSV or XLSX file: the valid rows build the students' primary
 * records (levels, tests, qualities, competencies, absences; the year computed once complete), each
 * refused row is reported at its column and changes nothing, the same file again is the same job,
 * and a school imports into its own students only.
 */
class PrimaryGradeSheetImportIntegrationTests extends StudentRecordIntegrationTest {

  static final String SCHOOL = OrgTreeFixture.SCHOOL_A_PRIMARY;
  static final String OTHER_SCHOOL = OrgTreeFixture.SCHOOL_B_PRIMARY;
  static final String YEAR = "2025-2026";
  static final int GRADE = 3;

  static final List<String> HEADER = header();

  private static List<String> header() {
    List<String> header =
        new ArrayList<>(
            List.of(
                "Mã học sinh",
                "Năm học",
                "Mã môn",
                "Mức đạt HK1",
                "Điểm KT HK1",
                "Mức đạt cả năm",
                "Điểm KT cuối năm",
                "Nhận xét"));
    for (Quality quality : Quality.values()) {
      header.add("PC " + quality.vietnameseName());
    }
    for (Competency competency : Competency.values()) {
      header.add("NL " + competency.vietnameseName());
    }
    header.add("Nghỉ HK1");
    header.add("Nghỉ HK2");
    return List.copyOf(header);
  }

  /** One row: the subject's eight cells, then the student's seventeen (empty when not given). */
  private static List<String> row(
      String student,
      String subject,
      String s1Level,
      String s1Test,
      String yearLevel,
      String yearTest,
      List<String> perStudent) {
    List<String> row =
        new ArrayList<>(
            List.of(student, YEAR, subject, s1Level, s1Test, yearLevel, yearTest, "Em học tốt."));
    row.addAll(perStudent.isEmpty() ? Collections.nCopies(HEADER.size() - 8, "") : perStudent);
    return row;
  }

  private static List<String> noStudentCells() {
    return List.of();
  }

  /** The student's cells with every quality and competency at {@code level}, absences given. */
  private static List<String> studentCells(String level, String absences1, String absences2) {
    List<String> cells = new ArrayList<>();
    cells.addAll(Collections.nCopies(Quality.values().length + Competency.values().length, level));
    cells.add(absences1);
    cells.add(absences2);
    return cells;
  }

  /** Grade 3's every subject, completed well; the tests 9 and 10; the student's cells first row. */
  private static List<List<String>> completeSheet(String student) {
    List<List<String>> rows = new ArrayList<>();
    boolean first = true;
    for (Subject subject : Curricula.grade(GRADE).compulsorySubjects()) {
      boolean tested = subject.kind() == AssessmentKind.PRIMARY_LEVEL_AND_TEST;
      rows.add(
          row(
              student,
              subject.code(),
              "HTT",
              tested ? "9" : "",
              "Hoàn thành tốt",
              tested ? "10" : "",
              first ? studentCells("T", "1", "0") : noStudentCells()));
      first = false;
    }
    return rows;
  }

  private static byte[] csv(List<List<String>> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", HEADER)).append('\n');
    for (List<String> row : rows) {
      csv.append(String.join(";", row)).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The sheet as an XLSX workbook; scores that are numbers written as numeric cells. */
  private static byte[] xlsx(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(bytes, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Dữ liệu");
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.value(0, c, HEADER.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String value = row.get(c);
        if (value.isEmpty()) {
          continue;
        }
        boolean score = (c == 4 || c == 6) && value.matches("-?[0-9]+(\\.[0-9]+)?");
        if (score) {
          sheet.value(r + 1, c, new BigDecimal(value));
        } else {
          sheet.value(r + 1, c, value);
        }
      }
    }
    workbook.finish();
    return bytes.toByteArray();
  }

  private TestHttp.Reply post(String token, String fileName, byte[] file, String key) {
    String type =
        fileName.endsWith(".xlsx")
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv";
    return http.post(RecordApi.BASE + "/imports/primary-grade-sheets")
        .token(token)
        .header("Idempotency-Key", key)
        .file("file", fileName, type, file)
        .send();
  }

  private JsonNode upload(String token, String fileName, byte[] file) {
    TestHttp.Reply reply = post(token, fileName, file, UUID.randomUUID().toString());
    assertThat(reply.status()).as(reply.text()).isIn(200, 202);
    return finished(token, reply.json().path("id").asString());
  }

  private JsonNode finished(String token, String id) {
    JsonNode[] job = new JsonNode[1];
    Await.until(
        "the import job",
        Duration.ofSeconds(60),
        () -> {
          job[0] = http.get(RecordApi.BASE + "/import-jobs/" + id).token(token).send().json();
          return List.of("COMPLETED", "FAILED").contains(job[0].path("status").asString());
        });
    assertThat(job[0].path("status").asString()).as(job[0].toString()).isEqualTo("COMPLETED");
    return job[0];
  }

  private List<JsonNode> errors(String token, JsonNode job) {
    JsonNode page =
        http.get(RecordApi.BASE + "/import-jobs/" + job.path("id").asString() + "/errors?size=200")
            .token(token)
            .send()
            .json();
    List<JsonNode> items = new ArrayList<>();
    page.path("items").forEach(items::add);
    return items;
  }

  private JsonNode recordOf(String student) {
    JsonNode records =
        http.get(RecordApi.BASE + "/students/" + student + "/records")
            .token(Personas.schoolAdmin(SCHOOL))
            .send()
            .json();
    assertThat(records).as("the student's records").hasSize(1);
    return records.get(0);
  }

  private long recordCount(String student) {
    return jdbc.sql("SELECT count(*) FROM school_record WHERE student_code = :s")
        .param("s", student)
        .query(Long.class)
        .single();
  }

  private static JsonNode subject(JsonNode record, String code) {
    for (JsonNode subject : record.path("content").path("primary").path("subjects")) {
      if (subject.path("subjectCode").asString().equals(code)) {
        return subject;
      }
    }
    throw new AssertionError("no subject " + code + " in " + record);
  }

  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }

  private static List<String> subjectCodes(JsonNode record) {
    List<String> codes = new ArrayList<>();
    record
        .path("content")
        .path("primary")
        .path("subjects")
        .forEach(s -> codes.add(s.path("subjectCode").asString()));
    return codes;
  }

  private ClassOfStudents classOf(String school, int grade, int size) {
    return students()
        .classOf(school, YEAR, grade, "gv." + school.toLowerCase(java.util.Locale.ROOT), size);
  }

  @Test
  void validRowsBuildThePrimaryRecordWithItsLevelsTestsAndComputedYear() {
    String student = classOf(SCHOOL, GRADE, 1).studentCodes().getFirst();
    List<List<String>> rows = completeSheet(student);
    // levels and qualities as schools write them: in full, any case; one subject at Hoàn thành
    rows.set(1, row(student, "toan", "hoàn thành", "7", "HT", "8", noStudentCells()));
    List<String> first = new ArrayList<>(rows.get(0));
    first.set(8 + Quality.HONESTY.ordinal(), "Đạt");
    first.set(8 + Quality.values().length + Competency.LANGUAGE.ordinal(), "ccg");
    rows.set(0, first);

    JsonNode job = upload(Personas.schoolAdmin(SCHOOL), "bang-diem-3a.csv", csv(rows));

    assertThat(job.path("rowsAccepted").asLong()).isEqualTo(rows.size());
    assertThat(job.path("rowsRejected").asLong()).isZero();
    JsonNode record = recordOf(student);
    assertThat(record.path("status").asString()).isEqualTo("DRAFT");
    assertThat(subjectCodes(record))
        .containsExactlyElementsOf(
            Curricula.grade(GRADE).compulsorySubjects().stream().map(Subject::code).toList());
    JsonNode toan = subject(record, "toan");
    assertThat(toan.path("semester1Level").asString()).isEqualTo("COMPLETED");
    assertThat(toan.path("semester1Test").asInt()).isEqualTo(7);
    assertThat(toan.path("yearLevel").asString()).isEqualTo("COMPLETED");
    assertThat(toan.path("yearTest").asInt()).isEqualTo(8);
    JsonNode tiengViet = subject(record, "tieng-viet");
    assertThat(tiengViet.path("yearLevel").asString()).isEqualTo("COMPLETED_WELL");
    assertThat(tiengViet.path("yearTest").asInt()).isEqualTo(10);
    assertThat(absent(subject(record, "dao-duc").path("yearTest"))).isTrue();
    JsonNode primary = record.path("content").path("primary");
    assertThat(primary.path("qualities").path("HONESTY").asString()).isEqualTo("PASS");
    assertThat(primary.path("qualities").path("PATRIOTISM").asString()).isEqualTo("GOOD");
    assertThat(primary.path("competencies").path("LANGUAGE").asString()).isEqualTo("NEEDS_EFFORT");
    assertThat(primary.path("competencies").path("INFORMATICS").asString()).isEqualTo("GOOD");
    assertThat(primary.path("absencesSemester1").asInt()).isEqualTo(1);
    assertThat(primary.path("absencesSemester2").asInt()).isZero();

    // the year as the domain computes it from the same values
    List<PrimarySubjectAssessment> subjects = new ArrayList<>();
    for (Subject s : Curricula.grade(GRADE).compulsorySubjects()) {
      boolean tested = s.kind() == AssessmentKind.PRIMARY_LEVEL_AND_TEST;
      boolean toanRow = s.code().equals("toan");
      SubjectLevel level = toanRow ? SubjectLevel.COMPLETED : SubjectLevel.COMPLETED_WELL;
      subjects.add(
          new PrimarySubjectAssessment(
              s.code(),
              level,
              level,
              tested ? (toanRow ? 7 : 9) : null,
              tested ? (toanRow ? 8 : 10) : null,
              null));
    }
    Map<Quality, CompetenceLevel> qualities = new EnumMap<>(Quality.class);
    for (Quality q : Quality.values()) {
      qualities.put(q, q == Quality.HONESTY ? CompetenceLevel.PASS : CompetenceLevel.GOOD);
    }
    Map<Competency, CompetenceLevel> competencies = new EnumMap<>(Competency.class);
    for (Competency c : Competency.values()) {
      competencies.put(
          c, c == Competency.LANGUAGE ? CompetenceLevel.NEEDS_EFFORT : CompetenceLevel.GOOD);
    }
    var expected =
        PrimaryAssessment.evaluate(
            Curricula.grade(GRADE),
            new PrimaryYearContent(subjects, qualities, competencies, 1, 0));
    JsonNode results = record.path("results").path("primary");
    assertThat(results.path("outcome").asString()).isEqualTo(expected.outcome().name());
    assertThat(results.path("completesGrade").asBoolean()).isEqualTo(expected.completesGrade());
    assertThat(results.path("absences").asInt()).isEqualTo(1);
  }

  @Test
  void eachRefusedRowIsReportedAtItsRowAndColumnAndChangesNothing() {
    String student = classOf(SCHOOL, GRADE, 1).studentCodes().getFirst();
    String othersStudent = classOf(OTHER_SCHOOL, GRADE, 1).studentCodes().getFirst();
    String nobody = StudentApi.newStudentCode();
    List<String> badAbsences = studentCells("T", "250", "0");
    List<String> badQuality = studentCells("", "", "");
    badQuality.set(Quality.DILIGENCE.ordinal(), "Giỏi");
    List<List<String>> rows =
        List.of(
            /* row 2 */ row(student, "toan", "HTT", "9", "HTT", "10", noStudentCells()),
            /* row 3 */ row(student, "tieng-viet", "HTT", "7,5", "HTT", "9", noStudentCells()),
            /* row 4 */ row(student, "tieng-viet", "HTT", "9", "HTT", "11", noStudentCells()),
            /* row 5 */ row(student, "mon-khong-co", "HTT", "", "HTT", "", noStudentCells()),
            /* row 6 */ row(othersStudent, "toan", "HTT", "9", "HTT", "10", noStudentCells()),
            /* row 7 */ row(nobody, "toan", "HTT", "9", "HTT", "10", noStudentCells()),
            /* row 8 */ row(student, "am-nhac", "HT", "8", "HT", "", noStudentCells()),
            /* row 9 */ row(student, "dao-duc", "HT", "", "HT", "", badAbsences),
            /* row 10 */ row(student, "mi-thuat", "Giỏi", "", "HT", "", badQuality),
            /* row 11 */ row(student, "tieng-viet", "HT", "6", "HT", "7", noStudentCells()));

    JsonNode job = upload(Personas.schoolAdmin(SCHOOL), "bang-diem-loi.csv", csv(rows));

    assertThat(job.path("rowsAccepted").asLong()).isEqualTo(2);
    assertThat(job.path("rowsRejected").asLong()).isEqualTo(8);
    List<JsonNode> errors = errors(Personas.schoolAdmin(SCHOOL), job);
    assertThat(errors)
        .extracting(
            e -> e.path("row").asLong(),
            e -> e.path("columnKey").asString(),
            e -> e.path("column").asString(),
            e -> e.path("code").asString())
        .containsExactlyInAnyOrder(
            tuple(3L, "s1Test", "Điểm KT HK1", "test-score-not-whole"),
            tuple(4L, "yearTest", "Điểm KT cuối năm", "test-score-out-of-range"),
            tuple(5L, "subjectCode", "Mã môn", "unknown-subject"),
            tuple(6L, "studentCode", "Mã học sinh", "student-not-enrolled"),
            tuple(7L, "studentCode", "Mã học sinh", "student-not-enrolled"),
            tuple(8L, "s1Test", "Điểm KT HK1", "no-test-for-subject"),
            tuple(9L, "absences1", "Nghỉ HK1", "absences-out-of-range"),
            tuple(10L, "s1Level", "Mức đạt HK1", "unknown-subject-level"),
            tuple(10L, "quality-diligence", "PC Chăm chỉ", "unknown-competence-level"));
    // another school's student reads exactly as a code that exists nowhere
    String aboutOthers =
        errors.stream()
            .filter(e -> e.path("row").asLong() == 6)
            .findFirst()
            .orElseThrow()
            .path("message")
            .asString();
    String aboutNobody =
        errors.stream()
            .filter(e -> e.path("row").asLong() == 7)
            .findFirst()
            .orElseThrow()
            .path("message")
            .asString();
    assertThat(aboutOthers.replace(othersStudent, "?")).isEqualTo(aboutNobody.replace(nobody, "?"));

    JsonNode record = recordOf(student);
    assertThat(subjectCodes(record))
        .as("the refused rows' subjects are not there, not even the valid cells of them")
        .containsExactly("toan", "tieng-viet");
    assertThat(subject(record, "tieng-viet").path("yearTest").asInt()).isEqualTo(7);
    JsonNode primary = record.path("content").path("primary");
    assertThat(primary.path("absencesSemester1").asInt()).isZero();
    assertThat(absent(primary.path("qualities").path("PATRIOTISM")))
        .as("row 9's qualities went with its refused absences")
        .isTrue();
    assertThat(recordCount(othersStudent)).as("nothing for the other school's student").isZero();
  }

  @Test
  void aStudentOfGrade6OrAboveIsRefusedAtTheStudentCode() {
    String school = OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
    String student = classOf(school, 6, 1).studentCodes().getFirst();

    JsonNode job =
        upload(
            Personas.schoolAdmin(school),
            "bang-diem-6.csv",
            csv(List.of(row(student, "toan", "HTT", "9", "HTT", "10", noStudentCells()))));

    assertThat(job.path("rowsRejected").asLong()).isEqualTo(1);
    assertThat(errors(Personas.schoolAdmin(school), job))
        .extracting(e -> e.path("columnKey").asString(), e -> e.path("code").asString())
        .containsExactly(tuple("studentCode", "content-level-mismatch"));
    assertThat(recordCount(student)).isZero();
  }

  @Test
  void anXlsxSheetIsReadLikeTheCsvOne() throws IOException {
    String student = classOf(SCHOOL, GRADE, 1).studentCodes().getFirst();
    List<List<String>> rows = new ArrayList<>(completeSheet(student));
    rows.add(row(student, "toan", "HTT", "7.5", "HTT", "10", noStudentCells()));

    JsonNode job = upload(Personas.principal(SCHOOL), "bang-diem-3a.xlsx", xlsx(rows));

    assertThat(job.path("format").asString()).isEqualTo("XLSX");
    assertThat(job.path("rowsAccepted").asLong()).isEqualTo(rows.size() - 1);
    assertThat(errors(Personas.principal(SCHOOL), job))
        .extracting(
            e -> e.path("row").asLong(),
            e -> e.path("columnKey").asString(),
            e -> e.path("code").asString())
        .containsExactly(tuple((long) rows.size() + 1, "s1Test", "test-score-not-whole"));
    JsonNode record = recordOf(student);
    assertThat(subject(record, "toan").path("semester1Test").asInt()).isEqualTo(9);
    assertThat(record.path("content").path("primary").path("qualities").path("HONESTY").asString())
        .isEqualTo("GOOD");
    assertThat(record.path("results").path("primary").path("outcome").asString()).isNotEmpty();
  }

  @Test
  void theSameFileAgainIsTheSameJobAndChangesNothing() {
    String student = classOf(SCHOOL, GRADE, 1).studentCodes().getFirst();
    byte[] file = csv(completeSheet(student));
    String token = Personas.schoolAdmin(SCHOOL);
    String key = UUID.randomUUID().toString();

    TestHttp.Reply first = post(token, "bang-diem-3a.csv", file, key);
    assertThat(first.status()).as(first.text()).isEqualTo(202);
    String id = first.json().path("id").asString();
    finished(token, id);
    long revision = recordOf(student).path("revision").asLong();

    TestHttp.Reply retried = post(token, "bang-diem-3a.csv", file, key);
    TestHttp.Reply again = post(token, "bang-diem-3a (1).csv", file, UUID.randomUUID().toString());

    assertThat(retried.status()).as(retried.text()).isIn(200, 202);
    assertThat(retried.json().path("id").asString()).isEqualTo(id);
    assertThat(again.status()).as("the very same file is the same job").isEqualTo(200);
    assertThat(again.json().path("id").asString()).isEqualTo(id);
    assertThat(recordOf(student).path("revision").asLong()).isEqualTo(revision);
  }

  @Test
  void aSchoolImportsIntoItsOwnStudentsOnly() {
    String student = classOf(SCHOOL, GRADE, 1).studentCodes().getFirst();
    byte[] file = csv(completeSheet(student));

    JsonNode job = upload(Personas.schoolAdmin(OTHER_SCHOOL), "bang-diem.csv", file);

    assertThat(job.path("rowsAccepted").asLong()).isZero();
    assertThat(errors(Personas.schoolAdmin(OTHER_SCHOOL), job))
        .extracting(e -> e.path("columnKey").asString(), e -> e.path("code").asString())
        .containsOnly(tuple("studentCode", "student-not-enrolled"));
    assertThat(recordCount(student)).isZero();

    TestHttp.Reply teacher =
        post(Personas.teacher(SCHOOL), "bang-diem.csv", file, UUID.randomUUID().toString());
    assertThat(teacher.status()).as("decided before the file is read").isEqualTo(403);
  }

  @Test
  void offersTheTemplateAsCsvAndXlsx() throws IOException {
    TestHttp.Reply csv =
        http.get(RecordApi.BASE + "/imports/primary-grade-sheets/template?format=csv")
            .token(Personas.schoolAdmin(SCHOOL))
            .send();
    TestHttp.Reply xlsx =
        http.get(RecordApi.BASE + "/imports/primary-grade-sheets/template?format=xlsx")
            .token(Personas.schoolAdmin(SCHOOL))
            .send();

    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.text().replace("\uFEFF", "").split("\r?\n");
    assertThat(lines[0].split(",", -1)).containsExactlyElementsOf(HEADER);
    assertThat(lines[1]).startsWith("3110020001,2025-2026,toan,HTT,9,HTT,10,");
    assertThat(xlsx.status()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.response().body()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).hasSize(2);
      assertThat(sheets.get(0).read().get(0).getCell(8).getRawValue()).isEqualTo("PC Yêu nước");
    }
  }
}
