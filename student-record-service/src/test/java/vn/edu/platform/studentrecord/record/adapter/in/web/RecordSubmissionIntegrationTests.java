package vn.edu.platform.studentrecord.record.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.ClassOfStudents;
import vn.edu.platform.studentrecord.fixtures.RecordApi;
import vn.edu.platform.studentrecord.fixtures.RecordSheets;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

/** Schools enter records; every refused value is reported, and a refused request stores nothing. */
class RecordSubmissionIntegrationTests extends StudentRecordIntegrationTest {

  static final String SCHOOL = OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
  static final String YEAR = "2025-2026";

  RecordApi records;
  ClassOfStudents nineA;

  @BeforeEach
  void setUpClass() {
    records = new RecordApi(http);
    nineA = students().classOf(SCHOOL, YEAR, 9, "gv." + SCHOOL.toLowerCase(), 3);
  }

  private String countRecords(String studentCode) {
    return String.valueOf(
        jdbc.sql("SELECT count(*) FROM school_record WHERE student_code = :s")
            .param("s", studentCode)
            .query(Long.class)
            .single());
  }

  @Test
  void opensAGradeNineRecordAndComputesItsResults() {
    String student = nineA.studentCodes().getFirst();
    var content = RecordSheets.secondary(9, "8.0");
    RecordSheets.set(content, "toan", "semester2", "endOfTerm", new BigDecimal("9.5"));

    TestHttp.Reply reply = records.submit(Personas.schoolAdmin(SCHOOL), student, YEAR, content);

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    JsonNode record = reply.json();
    assertThat(record.path("status").asString()).isEqualTo("DRAFT");
    assertThat(record.path("grade").asInt()).isEqualTo(9);
    JsonNode results = record.path("results").path("secondary");
    assertThat(results.path("year").path("level").asString()).isEqualTo("GOOD");
    JsonNode maths = results.path("subjects").get(RecordSheets.indexOf(content, "toan"));
    // semester II: (4 × 8.0 + 2 × 8.0 + 3 × 9.5) / 9 = 8.5; year: (8.0 + 2 × 8.5) / 3 = 8.3
    assertThat(maths.path("semester2Average").decimalValue()).isEqualByComparingTo("8.5");
    assertThat(maths.path("yearAverage").decimalValue()).isEqualByComparingTo("8.3");
    assertThat(record.path("results").path("secondary").path("decision").path("kind").asString())
        .isEqualTo("PROMOTED");
  }

  @Test
  void replacingADraftAnswers200WithTheNewResults() {
    String student = nineA.studentCodes().get(1);
    records.submitted(
        Personas.schoolAdmin(SCHOOL), student, YEAR, RecordSheets.secondary(9, "6.0"));

    TestHttp.Reply reply =
        records.submit(
            Personas.schoolAdmin(SCHOOL), student, YEAR, RecordSheets.secondary(9, "8.5"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("results").path("secondary").path("year").path("level").asString())
        .isEqualTo("GOOD");
    assertThat(countRecords(student)).isEqualTo("1");
  }

  @Test
  void refusesEveryBadValueAtItsPointerAndStoresNothing() {
    String student = nineA.studentCodes().get(2);
    var content = RecordSheets.secondary(9, "7.0");
    RecordSheets.set(content, "toan", "semester1", "midTerm", new BigDecimal("7.25"));
    RecordSheets.set(content, "ngu-van", "semester2", "endOfTerm", new BigDecimal("11"));
    RecordSheets.set(
        content,
        "tin-hoc",
        "semester1",
        "regular",
        List.of(new BigDecimal("8"), new BigDecimal("8"), new BigDecimal("8")));

    TestHttp.Reply reply = records.submit(Personas.schoolAdmin(SCHOOL), student, YEAR, content);

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(reply.json().path("code").asString()).isEqualTo("record-content");
    List<String> errors = new ArrayList<>();
    reply
        .json()
        .path("errors")
        .forEach(e -> errors.add(e.path("pointer").asString() + " " + e.path("code").asString()));
    int toan = RecordSheets.indexOf(content, "toan");
    int van = RecordSheets.indexOf(content, "ngu-van");
    int tin = RecordSheets.indexOf(content, "tin-hoc");
    assertThat(errors)
        .contains(
            "/content/secondary/subjects/" + toan + "/semester1/midTerm score-too-precise",
            "/content/secondary/subjects/" + van + "/semester2/endOfTerm score-out-of-range",
            "/content/secondary/subjects/"
                + tin
                + "/semester1/regular wrong-regular-assessment-count");
    assertThat(countRecords(student)).isEqualTo("0");
  }

  @Test
  void aTeacherWritesOnlyTheClassTheyAreHomeroomTeacherOfAndAnotherSchoolFindsNoStudent() {
    String student = nineA.studentCodes().getFirst();
    String otherTeacher =
        vn.edu.platform.test.security.TestTokens.user("gv2." + SCHOOL.toLowerCase())
            .realmRoles("teacher")
            .orgUnit(SCHOOL)
            .build();

    assertThat(
            records.submit(otherTeacher, student, YEAR, RecordSheets.secondary(9, "7.0")).status())
        .isEqualTo(403);
    TestHttp.Reply otherSchool =
        records.submit(
            Personas.schoolAdmin(OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY),
            student,
            YEAR,
            RecordSheets.secondary(9, "7.0"));
    assertThat(otherSchool.status()).isEqualTo(404);
    assertThat(otherSchool.text()).doesNotContain(student);
    assertThat(
            records
                .submit(Personas.teacher(SCHOOL), student, YEAR, RecordSheets.secondary(9, "7.0"))
                .status())
        .isIn(200, 201);
  }

  @Test
  void aClassIsEnteredInOneRequestAllOrNothing() {
    ClassOfStudents nineB = students().classOf(SCHOOL, YEAR, 9, "gv." + SCHOOL.toLowerCase(), 4);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (String code : nineB.studentCodes()) {
      entries.add(Map.of("studentCode", code, "content", RecordSheets.secondary(9, "7.5")));
    }
    var bad = RecordSheets.secondary(9, "7.5");
    RecordSheets.set(bad, "toan", "semester1", "endOfTerm", new BigDecimal("-1"));
    List<Map<String, Object>> refused = new ArrayList<>(entries);
    refused.set(2, Map.of("studentCode", nineB.studentCodes().get(2), "content", bad));
    refused.add(
        Map.of(
            "studentCode",
            nineB.studentCodes().get(0),
            "content",
            RecordSheets.secondary(9, "7.5")));

    TestHttp.Reply no = records.bulk(Personas.teacher(SCHOOL), YEAR, nineB.classId(), refused);
    assertThat(no.status()).as(no.text()).isEqualTo(422);
    assertThat(no.text())
        .contains("/records/2/content/secondary/subjects/")
        .contains("/records/4/studentCode");
    assertThat(countRecords(nineB.studentCodes().get(0))).isEqualTo("0");

    TestHttp.Reply yes = records.bulk(Personas.teacher(SCHOOL), YEAR, nineB.classId(), entries);
    assertThat(yes.status()).as(yes.text()).isEqualTo(200);
    assertThat(yes.json().path("stored").asInt()).isEqualTo(4);
    assertThat(yes.json().path("opened").asInt()).isEqualTo(4);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyChangesNothing() {
    String student = nineA.studentCodes().get(2);
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of(
            "studentCode",
            student,
            "schoolYear",
            YEAR,
            "content",
            RecordSheets.secondary(9, "6.5"));

    TestHttp.Reply first =
        http.post(RecordApi.BASE + "/records")
            .token(Personas.schoolAdmin(SCHOOL))
            .header("Idempotency-Key", key)
            .json(body)
            .send();
    TestHttp.Reply again =
        http.post(RecordApi.BASE + "/records")
            .token(Personas.schoolAdmin(SCHOOL))
            .header("Idempotency-Key", key)
            .json(body)
            .send();

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    assertThat(again.json().path("revision").asLong())
        .isEqualTo(first.json().path("revision").asLong());
  }
}
