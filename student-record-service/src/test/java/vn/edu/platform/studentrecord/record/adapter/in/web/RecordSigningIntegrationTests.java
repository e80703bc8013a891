package vn.edu.platform.studentrecord.record.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.signers.JdbcSignerRegisterReplica;
import vn.edu.platform.studentrecord.fixtures.ClassOfStudents;
import vn.edu.platform.studentrecord.fixtures.RecordApi;
import vn.edu.platform.studentrecord.fixtures.RecordSheets;
import vn.edu.platform.studentrecord.fixtures.SigningFixture;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

/**
 * The workflow to the end: entered, verified, confirmed, signed by the homeroom teacher for the
 * class in one job, by the principal for the school in one job, locked; each record then verifies
 * on its own, and one score changed in the database is detected. School B's staff signs (as in the
 * register) so that school A's tests elsewhere keep their own signers.
 */
@SuppressWarnings("unchecked")
class RecordSigningIntegrationTests extends StudentRecordIntegrationTest {

  static final String SCHOOL = OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY;
  static final String TEACHER = "gv." + SCHOOL.toLowerCase();
  static final String PRINCIPAL = "ht." + SCHOOL.toLowerCase();
  static final String YEAR = "2025-2026";

  @Autowired JdbcSignerRegisterReplica register;
  @Autowired MeterRegistry meters;

  RecordApi records;
  SigningFixture signing = SigningFixture.get();

  static boolean signersIssued;

  @BeforeEach
  void setUp() {
    records = new RecordApi(http);
    synchronized (RecordSigningIntegrationTests.class) {
      if (!signersIssued) {
        signing.signer(register, TEACHER, SCHOOL, "HOMEROOM_TEACHER");
        signing.signer(register, PRINCIPAL, SCHOOL, "PRINCIPAL");
        signersIssued = true;
      }
    }
  }

  private ClassOfStudents confirmedClass(int size) {
    ClassOfStudents nine = students().classOf(SCHOOL, YEAR, 9, TEACHER, size);
    for (String student : nine.studentCodes()) {
      JsonNode record =
          records.submitted(
              Personas.schoolAdmin(SCHOOL), student, YEAR, RecordSheets.secondary(9, "8.5"));
      String id = record.path("id").asString();
      records.stepped(Personas.schoolAdmin(SCHOOL), id, "verification");
      records.stepped(Personas.schoolAdmin(SCHOOL), id, "confirmation");
    }
    return nine;
  }

  private List<String> recordIds(ClassOfStudents nine) {
    return jdbc.sql(
            "SELECT id::text FROM school_record WHERE class_id = :c AND superseded_by IS NULL ORDER BY student_code")
        .param("c", nine.classId())
        .query(String.class)
        .list();
  }

  private static Map<String, Object> job(String role, ClassOfStudents nine) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("role", role);
    body.put("schoolCode", SCHOOL);
    body.put("schoolYear", YEAR);
    body.put("classId", nine.classId().toString());
    return body;
  }

  @Test
  void aClassIsSignedByItsTeacherThenByThePrincipalLockedAndEachRecordVerifies() {
    ClassOfStudents nine = confirmedClass(3);

    JsonNode byTeacher =
        records.sign(Personas.teacher(SCHOOL), job("HOMEROOM_TEACHER", nine), signing, TEACHER);
    assertThat(byTeacher.path("status").asString()).as(byTeacher.toString()).isEqualTo("COMPLETED");
    assertThat(byTeacher.path("signed").asInt()).isEqualTo(3);

    JsonNode byPrincipal =
        records.sign(Personas.principal(SCHOOL), job("PRINCIPAL", nine), signing, PRINCIPAL);
    assertThat(byPrincipal.path("signed").asInt()).as(byPrincipal.toString()).isEqualTo(3);

    // the job signs on its own thread, yet its audit entries name the signer, not "system"
    assertThat(
            jdbc.sql(
                    "SELECT actor_subject || ' ' || coalesce(actor_org_unit, '-') FROM"
                        + " platform.audit_event WHERE resource_id IN (:ids) AND purpose LIKE"
                        + " 'sign record as %'")
                .param("ids", recordIds(nine))
                .query(String.class)
                .list())
        .hasSize(6)
        .allSatisfy(actor -> assertThat(actor).doesNotStartWith("system").endsWith(" " + SCHOOL));
    double validatedBefore = verifications("dss");
    double rememberedBefore = verifications("remembered");
    for (String id : recordIds(nine)) {
      JsonNode locked = records.stepped(Personas.principal(SCHOOL), id, "lock");
      assertThat(locked.path("status").asString()).isEqualTo("LOCKED");
      TestHttp.Reply check = records.verifySignatures(Personas.schoolAdmin(SCHOOL), id);
      assertThat(check.json().path("authentic").asBoolean()).as(check.text()).isTrue();
      assertThat(check.json().path("signatures")).hasSize(2);
      assertThat(check.json().path("signatures").get(0).path("certificateStatus").asString())
          .isEqualTo("GOOD");
    }
    // the class's 3 records are one group signature per signer: DSS validates each group once, the
    // other records are checked by their digests against the groups' signed headers
    assertThat(verifications("dss") - validatedBefore).isEqualTo(2);
    assertThat(verifications("remembered") - rememberedBefore).isEqualTo(4);
    TestHttp.Reply finals =
        http.get(
                RecordApi.BASE
                    + "/year-results?schoolYear="
                    + YEAR
                    + "&grade=9&studentCode="
                    + nine.studentCodes().getFirst())
            .token(Personas.governmentSystem("admission-service", "province-read"))
            .send();
    assertThat(finals.status()).as(finals.text()).isEqualTo(200);
    assertThat(finals.json().path("items")).hasSize(1);
    assertThat(finals.json().path("items").get(0).path("learningLevel").asString())
        .isEqualTo("GOOD");
    assertThat(finals.text()).doesNotContain("teacherComment").doesNotContain("fullName");
    assertThat(
            http.get(RecordApi.BASE + "/year-results?schoolYear=" + YEAR + "&grade=9")
                .token(Personas.communeOfficer(OrgTreeFixture.COMMUNE_B))
                .send()
                .status())
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE '%RecordSigned%' OR event_type LIKE '%RecordSigned'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void aBulkStepMovesEachRecordOnItsOwnAndReportsTheOnesThatCannot() {
    ClassOfStudents nine = students().classOf(SCHOOL, YEAR, 9, TEACHER, 2);
    records.submitted(
        Personas.schoolAdmin(SCHOOL),
        nine.studentCodes().get(0),
        YEAR,
        RecordSheets.secondary(9, "7.0"));
    var incomplete = RecordSheets.secondary(9, "7.0");
    ((Map<String, Object>) incomplete.get("secondary")).put("conductYear", null);
    records.submitted(Personas.schoolAdmin(SCHOOL), nine.studentCodes().get(1), YEAR, incomplete);

    JsonNode outcome =
        records
            .stepInBulk(Personas.schoolAdmin(SCHOOL), "VERIFY", SCHOOL, YEAR, nine.classId())
            .json();

    assertThat(outcome.path("moved").asInt()).isEqualTo(1);
    assertThat(outcome.path("refused")).hasSize(1);
    assertThat(outcome.path("refused").get(0).path("studentCode").asString())
        .isEqualTo(nine.studentCodes().get(1));
    assertThat(outcome.path("refused").get(0).path("code").asString())
        .isEqualTo("record-incomplete");
    assertThat(outcome.path("refused").get(0).path("errors").get(0).path("pointer").asString())
        .startsWith("/content/secondary/");
    assertThat(
            records
                .stepInBulk(Personas.teacher(SCHOOL), "VERIFY", SCHOOL, YEAR, nine.classId())
                .status())
        .isEqualTo(403);
  }

  @Test
  void aTransferPackageVerifiesAndAScoreChangedInItIsDetected() {
    ClassOfStudents nine = confirmedClass(1);
    records.sign(Personas.teacher(SCHOOL), job("HOMEROOM_TEACHER", nine), signing, TEACHER);
    records.sign(Personas.principal(SCHOOL), job("PRINCIPAL", nine), signing, PRINCIPAL);
    String student = nine.studentCodes().getFirst();

    TestHttp.Reply exported =
        http.get(RecordApi.BASE + "/students/" + student + "/record-package")
            .token(Personas.schoolAdmin(SCHOOL))
            .send();
    assertThat(exported.status()).as(exported.text()).isEqualTo(200);
    String body = exported.text();
    TestHttp.Reply verified = verifyPackage(body);
    assertThat(verified.json().path("authentic").asBoolean()).as(verified.text()).isTrue();
    assertThat(verified.json().path("records").get(0).path("statusHere").asString())
        .isEqualTo("SIGNED_BY_PRINCIPAL");

    String tampered = body.replaceFirst("\\\"endOfTerm\\\":8\\.5", "\\\"endOfTerm\\\":9.5");
    assertThat(tampered).isNotEqualTo(body);
    JsonNode check = verifyPackage(tampered).json();
    assertThat(check.path("authentic").asBoolean()).isFalse();
    assertThat(check.path("records").get(0).path("signatures").get(0).path("reason").asString())
        .isEqualTo("HASH_FAILURE");
  }

  private TestHttp.Reply verifyPackage(String body) {
    return http.post(RecordApi.BASE + "/record-packages/verification")
        .token(Personas.schoolAdmin(OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY))
        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
        .json(body)
        .send();
  }

  /**
   * Verified first, so that the verifier remembers the group signature as valid: the changed score
   * is still found, and the other record of the group still verifies.
   */
  @Test
  void aScoreChangedInTheDatabaseBreaksTheSignature() {
    ClassOfStudents nine = confirmedClass(2);
    records.sign(Personas.teacher(SCHOOL), job("HOMEROOM_TEACHER", nine), signing, TEACHER);
    String id = recordIds(nine).getFirst();
    String neighbour = recordIds(nine).getLast();
    assertThat(
            records
                .verifySignatures(Personas.schoolAdmin(SCHOOL), id)
                .json()
                .path("signatures")
                .get(0)
                .path("verdict")
                .asString())
        .isEqualTo("VALID");

    jdbc.sql(
            """
            UPDATE school_record
               SET content = jsonb_set(content, '{subjects,1,semester2,endOfTerm}', '9.9')
             WHERE id = CAST(:id AS UUID)
            """)
        .param("id", id)
        .update();

    JsonNode check = records.verifySignatures(Personas.schoolAdmin(SCHOOL), id).json();
    assertThat(check.path("authentic").asBoolean()).isFalse();
    assertThat(check.path("signatures").get(0).path("verdict").asString()).isEqualTo("INVALID");
    assertThat(check.path("signatures").get(0).path("reason").asString()).isEqualTo("HASH_FAILURE");
    assertThat(check.path("signatures").get(0).path("documentIntact").asBoolean()).isFalse();
    assertThat(
            records
                .verifySignatures(Personas.schoolAdmin(SCHOOL), neighbour)
                .json()
                .path("signatures")
                .get(0)
                .path("verdict")
                .asString())
        .isEqualTo("VALID");
  }

  /**
   * The job reads its records before it waits for the code and stores their signatures after: a
   * record reopened meanwhile (another revision) is skipped, unsigned, and the others are signed.
   */
  @Test
  void aRecordReopenedWhileTheJobWaitsForItsCodeIsSkipped() {
    ClassOfStudents nine = confirmedClass(2);
    String reopened = recordIds(nine).getFirst();
    String token = Personas.teacher(SCHOOL);
    TestHttp.Reply started = records.startSigning(token, job("HOMEROOM_TEACHER", nine));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String jobId = started.json().path("id").asString();
    assertThat(records.awaitJob(token, jobId, "AWAITING_CODE").path("status").asString())
        .isEqualTo("AWAITING_CODE");

    TestHttp.Reply reopening =
        records.step(
            Personas.principal(SCHOOL), reopened, "reopening", Map.of("reason", "Sai điểm Toán"));
    assertThat(reopening.status()).as(reopening.text()).isEqualTo(200);
    assertThat(records.code(token, jobId, signing.latestCode(TEACHER)).status()).isEqualTo(200);
    JsonNode done = records.awaitJob(token, jobId, "COMPLETED");

    assertThat(done.path("signed").asInt()).as(done.toString()).isEqualTo(1);
    assertThat(done.path("skipped").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM record_signature WHERE record_id = CAST(:id AS UUID)")
                .param("id", reopened)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(records.get(Personas.schoolAdmin(SCHOOL), reopened).json().path("status").asString())
        .isEqualTo("DRAFT");
  }

  private double verifications(String validation) {
    return meters
        .get("records.signature.verifications")
        .tag("validation", validation)
        .functionCounter()
        .count();
  }

  @Test
  void aSignatureOfAnUnconfirmedRecordIsRefusedBeforeAnythingIsSigned() {
    ClassOfStudents nine = students().classOf(SCHOOL, YEAR, 9, TEACHER, 1);
    String id =
        records
            .submitted(
                Personas.schoolAdmin(SCHOOL),
                nine.studentCodes().getFirst(),
                YEAR,
                RecordSheets.secondary(9, "7.0"))
            .path("id")
            .asString();
    Map<String, Object> body = job("HOMEROOM_TEACHER", nine);
    body.put("recordIds", List.of(id));

    TestHttp.Reply refused = records.startSigning(Personas.teacher(SCHOOL), body);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("code").asString()).isEqualTo("record-not-confirmed");
  }

  @Test
  void aWrongCodeFailsTheJobAndSignsNothing() {
    ClassOfStudents nine = confirmedClass(1);
    TestHttp.Reply started =
        records.startSigning(Personas.teacher(SCHOOL), job("HOMEROOM_TEACHER", nine));
    String jobId = started.json().path("id").asString();
    records.awaitJob(Personas.teacher(SCHOOL), jobId, "AWAITING_CODE");

    records.code(Personas.teacher(SCHOOL), jobId, "000000");
    JsonNode failed = records.awaitJob(Personas.teacher(SCHOOL), jobId, "FAILED");

    assertThat(failed.path("status").asString()).isEqualTo("FAILED");
    assertThat(failed.path("failure").asString()).isEqualTo("otp-invalid");
    assertThat(
            records
                .get(Personas.schoolAdmin(SCHOOL), recordIds(nine).getFirst())
                .json()
                .path("status")
                .asString())
        .isEqualTo("CONFIRMED");
  }

  @Test
  void aCertificateTheRegisterDoesNotKnowSignsNothingAndNoCodeIsSent() {
    String stranger = "gv2." + SCHOOL.toLowerCase();
    String token =
        vn.edu.platform.test.security.TestTokens.user(stranger)
            .realmRoles("teacher")
            .orgUnit(SCHOOL)
            .build();
    // a class of its own with the stranger as homeroom teacher, but no registration in the register
    ClassOfStudents theirs = students().classOf(SCHOOL, YEAR, 9, stranger, 1);
    String id =
        records
            .submitted(
                Personas.schoolAdmin(SCHOOL),
                theirs.studentCodes().getFirst(),
                YEAR,
                RecordSheets.secondary(9, "7.0"))
            .path("id")
            .asString();
    records.stepped(Personas.schoolAdmin(SCHOOL), id, "verification");
    records.stepped(Personas.schoolAdmin(SCHOOL), id, "confirmation");
    var issued = signing.pki().issueSigner("Người lạ", "Trường", SCHOOL, "Giáo viên chủ nhiệm");
    String credential = signing.csc().register(issued, "token-" + stranger);

    TestHttp.Reply started = records.startSigning(token, job("HOMEROOM_TEACHER", theirs));
    JsonNode failed = records.awaitJob(token, started.json().path("id").asString(), "FAILED");

    assertThat(failed.path("failure").asString()).isEqualTo("certificate-not-registered");
    assertThat(signing.csc().outbox().latest(credential)).isEmpty();
    assertThat(records.get(Personas.schoolAdmin(SCHOOL), id).json().path("status").asString())
        .isEqualTo("CONFIRMED");
  }
}
