package vn.edu.platform.studentrecord.record.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.jades.SignedBatch;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.studentrecord.fixtures.RecordApi;
import vn.edu.platform.studentrecord.fixtures.SigningFixture;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

/**
 * The import of a transfer package at the receiving school, over HTTP on the real service: a
 * package exported within the province is held already; one from another province's system (here
 * records signed with certificates of the test PKI and never stored in this database) is stored as
 * imported, locked records that the receiving school reads, verifies and exports again, while the
 * school that signed them gains nothing; a changed score, another school, a student not enrolled
 * there are refused, and nothing is stored.
 */
class RecordPackageImportIntegrationTests extends StudentRecordIntegrationTest {

  private static final String SENDING = OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
  private static final String RECEIVING = OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY;
  private static final String YEAR = "2024-2025";
  private static final JsonMapper JSON = new JsonMapper();

  @Autowired private SchoolRecordRepository repository;
  @Autowired private SignatureStore signatureStore;
  @Autowired private RecordDocuments documents;

  private final SigningFixture signing = SigningFixture.get();

  /** A record, its signed document and its two JAdES signatures. */
  private record Signed(
      SchoolRecord record, byte[] canonical, Map<SignerRole, byte[]> signatures) {}

  // --- a student and their signed records ------------------------------------------------------

  private StudentApi api() {
    return new StudentApi(http);
  }

  /** A student registered by {@code school} and enrolled in a class of the current year. */
  private String enrolledAt(String school) {
    StudentApi api = api();
    String code = api.registered(school).get("studentCode").asString();
    api.enrolled(school, code, api.classOf(school, 9).get("id").asString(), StudentApi.yearStart());
    return code;
  }

  private void transfer(String code, String from, String to) {
    StudentApi api = api();
    LocalDate lastDay = StudentApi.today();
    TestHttp.Reply transferred =
        api.post(
            StudentApi.STUDENTS + "/" + code + "/transfers",
            Personas.principal(from),
            Map.of(
                "date",
                lastDay.toString(),
                "reason",
                "Gia đình chuyển nơi ở.",
                "toSchoolCode",
                to));
    assertThat(transferred.status()).as(transferred.text()).isEqualTo(201);
    api.enrolled(to, code, api.classOf(to, 9).get("id").asString(), lastDay.plusDays(1));
  }

  /** A confirmed grade-8 record of the student at {@code school}, not stored. */
  private SchoolRecord confirmed(String student, String school, String year, String score) {
    SecondarySheet sheet = SecondarySheet.grade(8).averages(score, "toan");
    Instant at = Instant.now().minusSeconds(600);
    return SchoolRecord.open(
            UUID.randomUUID(),
            student,
            year,
            new Placement(school, 8, UUID.randomUUID(), "8A1", "gv." + school.toLowerCase()),
            sheet.curriculum(),
            "2018-gdpt-1",
            new RecordContent.Secondary(sheet.content()),
            at)
        .state()
        .verify(
            sheet.curriculum(),
            new IdentitySnapshot(
                "Đặng Thị Mỹ Ngữ", LocalDate.of(2011, 3, 14), "FEMALE", "Hải Phòng", null),
            true,
            at)
        .state()
        .confirm(at)
        .state();
  }

  /** Both signatures over the record's document, by certificates of the test PKI. */
  private Signed signed(SchoolRecord confirmed) {
    byte[] canonical = documents.canonicalDocument(confirmed);
    Map<SignerRole, byte[]> signatures = new LinkedHashMap<>();
    SchoolRecord record = confirmed;
    for (SignerRole role : List.of(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL)) {
      String school = record.placement().schoolCode();
      IssuedSigner signer =
          signing
              .pki()
              .issueSigner(
                  "Người ký " + role,
                  "Trường " + school,
                  school,
                  role == SignerRole.PRINCIPAL ? "Hiệu trưởng" : "Giáo viên chủ nhiệm");
      OnlineValidationData validation = signing.pki().validationData(Duration.ofSeconds(10));
      SignedBatch batch;
      try (LocalSigningKey key = signer.openKey()) {
        batch =
            new JsonSigner(
                    Clock.systemUTC(),
                    validation.timestampSource(),
                    validation.certificateVerifier())
                .signBatch(
                    List.of(
                        new NamedJson(
                            RecordDocuments.documentName(record),
                            new String(canonical, StandardCharsets.UTF_8))),
                    key,
                    JsonSigner.Level.BASELINE_LT);
      }
      signatures.put(role, batch.parts().getFirst().signature());
      record =
          record
              .signed(
                  new RecordSignature(
                      role,
                      role,
                      (role == SignerRole.PRINCIPAL ? "ht." : "gv.") + school.toLowerCase(),
                      fingerprint(signer),
                      Instant.now(),
                      null,
                      UUID.randomUUID()))
              .state();
    }
    return new Signed(record, canonical, signatures);
  }

  /** Stores a signed record as the signing jobs do, locked. */
  private SchoolRecord stored(Signed signed) {
    SchoolRecord confirmed = signed.record();
    SchoolRecord record =
        new SchoolRecord(
            confirmed.id(),
            confirmed.studentCode(),
            confirmed.schoolYear(),
            confirmed.version(),
            confirmed.placement(),
            confirmed.catalogueVersion(),
            confirmed.content(),
            confirmed.results(),
            vn.edu.platform.studentrecord.record.domain.RecordStatus.CONFIRMED,
            confirmed.identity(),
            confirmed.correction(),
            null,
            confirmed.completion(),
            List.of(),
            confirmed.createdAt(),
            confirmed.updatedAt(),
            1,
            null);
    repository.insert(record);
    for (RecordSignature signature : confirmed.signatures()) {
      record = record.signed(signature).state();
      repository.update(record);
      UUID group = UUID.randomUUID();
      String name = RecordDocuments.documentName(record);
      signatureStore.storeGroups(
          signature.jobId(),
          List.of(
              new SignedGroup(group, signed.signatures().get(signature.role()), List.of(name))));
      signatureStore.storeEntries(
          List.of(
              new SignatureStore.Entry(
                  record.id(), signature, group, name, sha256(signed.canonical()), 0)));
    }
    record = record.lock(Instant.now()).state();
    repository.update(record);
    return record;
  }

  // --- the package -----------------------------------------------------------------------------

  private static Map<String, Object> packageOf(String student, List<Signed> records) {
    List<Object> packaged = new ArrayList<>();
    for (Signed s : records) {
      List<Object> signatures = new ArrayList<>();
      s.signatures()
          .forEach(
              (role, bytes) ->
                  signatures.add(
                      Map.of(
                          "role", role.name(),
                          "documentName", RecordDocuments.documentName(s.record()),
                          "signature", Base64.getEncoder().encodeToString(bytes))));
      packaged.add(Map.of("document", JSON.readTree(s.canonical()), "signatures", signatures));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("format", "vn.edu.platform.studentrecord.RecordPackage");
    body.put("formatVersion", 1);
    body.put("studentCode", student);
    body.put("records", packaged);
    return body;
  }

  private TestHttp.Reply importing(String token, String student, Object body) {
    TestHttp.Call call =
        http.post(RecordApi.BASE + "/students/" + student + "/record-package-imports")
            .token(token)
            .header("Idempotency-Key", UUID.randomUUID().toString());
    return body instanceof String text ? call.json(text).send() : call.json(body).send();
  }

  private long rowsOf(String student) {
    return jdbc.sql("SELECT count(*) FROM school_record WHERE student_code = :s")
        .param("s", student)
        .query(Long.class)
        .single();
  }

  private long signaturesOf(String student) {
    return jdbc.sql(
            "SELECT count(*) FROM record_signature s JOIN school_record r ON r.id = s.record_id"
                + " WHERE r.student_code = :s")
        .param("s", student)
        .query(Long.class)
        .single();
  }

  // --- (a) within the province -------------------------------------------------------------------

  @Test
  void aPackageExportedWithinTheProvinceIsHeldAlreadyAndNothingIsDuplicated() {
    String student = enrolledAt(SENDING);
    SchoolRecord record = stored(signed(confirmed(student, SENDING, YEAR, "8.5")));
    transfer(student, SENDING, RECEIVING);

    TestHttp.Reply exported =
        http.get(RecordApi.BASE + "/students/" + student + "/record-package")
            .token(Personas.schoolAdmin(SENDING))
            .send();
    assertThat(exported.status()).as(exported.text()).isEqualTo(200);
    long rows = rowsOf(student);
    long signatures = signaturesOf(student);

    TestHttp.Reply imported = importing(Personas.schoolAdmin(RECEIVING), student, exported.text());

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    JsonNode body = imported.json();
    assertThat(body.path("imported").asInt()).isZero();
    assertThat(body.path("alreadyHeld").asInt()).isEqualTo(1);
    assertThat(body.path("importId").isNull()).isTrue();
    assertThat(body.path("records").get(0).path("outcome").asString()).isEqualTo("already-held");
    assertThat(body.path("records").get(0).path("recordId").asString())
        .isEqualTo(record.id().toString());
    assertThat(body.at("/records/0/signatures/0/verdict").asString()).isEqualTo("VALID");
    assertThat(rowsOf(student)).isEqualTo(rows);
    assertThat(signaturesOf(student)).isEqualTo(signatures);
    // the school the student attends now reads the history, before it has a record of its own
    TestHttp.Reply history =
        http.get(RecordApi.BASE + "/students/" + student + "/records")
            .token(Personas.schoolAdmin(RECEIVING))
            .send();
    assertThat(history.status()).as(history.text()).isEqualTo(200);
    assertThat(history.json()).hasSize(1);
  }

  // --- (b) from another province -----------------------------------------------------------------

  @Test
  void recordsFromAnotherSystemAreImportedLockedReadableVerifiableAndExportedAgain() {
    String student = enrolledAt(RECEIVING);
    // signed elsewhere, never stored here; the signing school's code is one of our tree's, so that
    // the test sees it gain nothing
    Signed earlier = signed(confirmed(student, SENDING, "2023-2024", "7.5"));
    SchoolRecord first = confirmed(student, SENDING, YEAR, "8.0");
    Signed firstSigned = signed(first);
    SchoolRecord locked = firstSigned.record().lock(Instant.now()).state();
    SecondarySheet sheet = SecondarySheet.grade(8).averages("8.5", "toan");
    SchoolRecord.Corrected corrected =
        locked.correct(
            UUID.randomUUID(),
            locked.placement(),
            sheet.curriculum(),
            "2018-gdpt-1",
            new RecordContent.Secondary(sheet.content()),
            "Nhập sai điểm Toán",
            "15/QĐ-THCS",
            LocalDate.of(2025, 8, 10),
            Instant.now());
    Signed correction =
        signed(
            corrected
                .draft()
                .verify(sheet.curriculum(), locked.identity(), true, Instant.now())
                .state()
                .confirm(Instant.now())
                .state());
    Map<String, Object> body = packageOf(student, List.of(earlier, firstSigned, correction));

    TestHttp.Reply imported = importing(Personas.principal(RECEIVING), student, body);

    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.header("Location"))
        .isEqualTo(RecordApi.BASE + "/students/" + student + "/records");
    JsonNode outcome = imported.json();
    assertThat(outcome.path("imported").asInt()).isEqualTo(3);
    assertThat(outcome.path("schoolCode").asString()).isEqualTo(RECEIVING);
    assertThat(outcome.path("records").get(1).path("outcome").asString()).isEqualTo("imported");
    assertThat(outcome.path("records").get(1).path("schoolCode").asString()).isEqualTo(SENDING);
    assertThat(rowsOf(student)).isEqualTo(3);
    assertThat(signaturesOf(student)).isEqualTo(6);

    // the receiving school reads them, all locked, the corrected version superseded
    TestHttp.Reply history =
        http.get(RecordApi.BASE + "/students/" + student + "/records")
            .token(Personas.teacher(RECEIVING))
            .send();
    assertThat(history.status()).as(history.text()).isEqualTo(200);
    assertThat(history.json()).hasSize(3);
    for (JsonNode r : history.json()) {
      assertThat(r.path("status").asString()).isEqualTo("LOCKED");
      assertThat(r.path("imported").path("schoolCode").asString()).isEqualTo(RECEIVING);
      assertThat(r.path("imported").path("importedBy").asString())
          .isEqualTo("ht." + RECEIVING.toLowerCase());
      assertThat(r.path("schoolCode").asString()).isEqualTo(SENDING);
    }
    String firstId = first.id().toString();
    assertThat(history.json().get(1).path("supersededBy").asString())
        .isEqualTo(correction.record().id().toString());
    TestHttp.Reply one =
        new RecordApi(http)
            .get(Personas.schoolAdmin(RECEIVING), correction.record().id().toString());
    assertThat(one.status()).as(one.text()).isEqualTo(200);
    assertThat(one.json().path("correction").path("decisionNumber").asString())
        .isEqualTo("15/QĐ-THCS");

    // its signatures verify against what is stored
    for (JsonNode r : history.json()) {
      TestHttp.Reply check =
          new RecordApi(http)
              .verifySignatures(Personas.schoolAdmin(RECEIVING), r.path("id").asString());
      assertThat(check.json().path("authentic").asBoolean()).as(check.text()).isTrue();
      assertThat(check.json().path("signatures")).hasSize(2);
      assertThat(check.json().at("/signatures/0/signerLogin").isNull()).isTrue();
    }

    // the school that signed them elsewhere gains nothing
    assertThat(new RecordApi(http).get(Personas.schoolAdmin(SENDING), firstId).status())
        .isEqualTo(404);
    TestHttp.Reply listed =
        http.get(RecordApi.BASE + "/records?schoolCode=" + SENDING + "&schoolYear=" + YEAR)
            .token(Personas.schoolAdmin(SENDING))
            .send();
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).doesNotContain(student);

    // a second import of the same package changes nothing
    TestHttp.Reply again = importing(Personas.schoolAdmin(RECEIVING), student, body);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().path("alreadyHeld").asInt()).isEqualTo(3);
    assertThat(rowsOf(student)).isEqualTo(3);
    assertThat(signaturesOf(student)).isEqualTo(6);

    // and a later export carries them, verifiable
    TestHttp.Reply exported =
        http.get(RecordApi.BASE + "/students/" + student + "/record-package")
            .token(Personas.schoolAdmin(RECEIVING))
            .send();
    assertThat(exported.status()).as(exported.text()).isEqualTo(200);
    assertThat(exported.json().path("records")).hasSize(3);
    TestHttp.Reply verified =
        http.post(RecordApi.BASE + "/record-packages/verification")
            .token(Personas.schoolAdmin(RECEIVING))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(exported.text())
            .send();
    assertThat(verified.json().path("authentic").asBoolean()).as(verified.text()).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.audit_event WHERE resource_id = :id"
                        + " AND action = 'IMPORT' AND org_unit = :school")
                .param("school", RECEIVING)
                .param("id", firstId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  // --- (c) refused packages ----------------------------------------------------------------------

  @Test
  void aScoreChangedInThePackageRefusesItAtItsRecordAndNothingIsStored() throws Exception {
    String student = enrolledAt(RECEIVING);
    Signed good = signed(confirmed(student, "S011003", "2023-2024", "7.5"));
    Signed changed = signed(confirmed(student, "S011003", YEAR, "8.5"));
    String body = JSON.writeValueAsString(packageOf(student, List.of(good, changed)));
    String tampered = body.replaceFirst("\"endOfTerm\":8\\.5", "\"endOfTerm\":9.5");
    assertThat(tampered).isNotEqualTo(body);

    TestHttp.Reply refused = importing(Personas.schoolAdmin(RECEIVING), student, tampered);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().path("code").asString()).isEqualTo("record-package");
    assertThat(StudentApi.errors(refused)).containsExactly("/records/1 hash-failure");
    assertThat(rowsOf(student)).isZero();
  }

  @Test
  void aMissingSignatureOrAnotherStudentsRecordIsRefusedRecordByRecord() {
    String student = enrolledAt(RECEIVING);
    String other = StudentApi.newStudentCode();
    Signed unsigned = signed(confirmed(student, "S011003", "2023-2024", "7.5"));
    Signed others = signed(confirmed(other, "S011003", YEAR, "8.0"));
    Map<String, Object> body = packageOf(student, List.of(unsigned, others));
    @SuppressWarnings("unchecked")
    Map<String, Object> firstRecord =
        new LinkedHashMap<>((Map<String, Object>) ((List<Object>) body.get("records")).get(0));
    firstRecord.put("signatures", ((List<?>) firstRecord.get("signatures")).subList(0, 1));
    List<Object> records = new ArrayList<>((List<?>) body.get("records"));
    records.set(0, firstRecord);
    body.put("records", records);

    TestHttp.Reply refused = importing(Personas.schoolAdmin(RECEIVING), student, body);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(StudentApi.errors(refused))
        .containsExactly("/records/0 signature-missing", "/records/1 other-student");
    assertThat(rowsOf(student)).isZero();
  }

  // --- (d), (e) who imports ----------------------------------------------------------------------

  @Test
  void anotherSchoolDoesNotFindTheStudentAndTheSchoolsTeacherIsRefusedBeforeTheBody() {
    String student = enrolledAt(RECEIVING);
    Map<String, Object> body =
        packageOf(student, List.of(signed(confirmed(student, "S011003", YEAR, "8.0"))));

    TestHttp.Reply otherSchool = importing(Personas.schoolAdmin(SENDING), student, body);
    TestHttp.Reply otherSchoolInvalidBody =
        importing(Personas.principal(SENDING), student, Map.of("records", "nope"));
    TestHttp.Reply teacher = importing(Personas.teacher(RECEIVING), student, Map.of());
    TestHttp.Reply department = importing(Personas.departmentAdmin(), student, body);

    assertThat(otherSchool.status()).as(otherSchool.text()).isEqualTo(404);
    assertThat(otherSchool.json().path("code").asString()).isEqualTo("student-not-enrolled");
    assertThat(otherSchool.text()).doesNotContain("Nguyễn");
    assertThat(otherSchoolInvalidBody.status()).isEqualTo(404);
    assertThat(teacher.status()).isEqualTo(403);
    assertThat(department.status()).isEqualTo(403);
    assertThat(rowsOf(student)).isZero();
  }

  @Test
  void aStudentNotEnrolledAtTheCallersSchoolNowIsNotFound() {
    StudentApi api = api();
    String registeredOnly = api.registered(RECEIVING).get("studentCode").asString();
    String transferredAway = enrolledAt(RECEIVING);
    TestHttp.Reply transferred =
        api.post(
            StudentApi.STUDENTS + "/" + transferredAway + "/transfers",
            Personas.principal(RECEIVING),
            Map.of(
                "date",
                StudentApi.today().toString(),
                "reason",
                "Gia đình chuyển nơi ở.",
                "toSchoolCode",
                SENDING));
    assertThat(transferred.status()).as(transferred.text()).isEqualTo(201);

    for (String student : List.of(registeredOnly, transferredAway)) {
      TestHttp.Reply refused =
          importing(
              Personas.schoolAdmin(RECEIVING),
              student,
              packageOf(student, List.of(signed(confirmed(student, "S011003", YEAR, "8.0")))));
      assertThat(refused.status()).as(refused.text()).isEqualTo(404);
      assertThat(refused.json().path("code").asString()).isEqualTo("student-not-enrolled");
      assertThat(rowsOf(student)).isZero();
    }
  }

  // --- (f) imported records stay as signed -------------------------------------------------------

  @Test
  void anImportedRecordIsNeitherReopenedNorCorrectedHere() {
    String student = enrolledAt(RECEIVING);
    Signed signed = signed(confirmed(student, "S011003", YEAR, "8.0"));
    TestHttp.Reply imported =
        importing(Personas.schoolAdmin(RECEIVING), student, packageOf(student, List.of(signed)));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String id = signed.record().id().toString();
    RecordApi records = new RecordApi(http);

    TestHttp.Reply reopened =
        records.step(Personas.principal(RECEIVING), id, "reopening", Map.of("reason", "Sai điểm"));
    TestHttp.Reply corrected =
        records.step(
            Personas.principal(RECEIVING),
            id,
            "corrections",
            Map.of(
                "content",
                vn.edu.platform.studentrecord.fixtures.RecordSheets.secondary(8, "9.0"),
                "reason",
                "Sai điểm",
                "decisionNumber",
                "15/QĐ-THCS",
                "decisionDate",
                "2026-08-10"));

    assertThat(reopened.status()).as(reopened.text()).isEqualTo(409);
    assertThat(reopened.json().path("code").asString()).isEqualTo("record-imported");
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(409);
    assertThat(corrected.json().path("code").asString()).isEqualTo("record-imported");
    assertThat(rowsOf(student)).isEqualTo(1);
    TestHttp.Reply check = records.verifySignatures(Personas.schoolAdmin(RECEIVING), id);
    assertThat(check.json().path("authentic").asBoolean()).as(check.text()).isTrue();
  }

  private static String fingerprint(IssuedSigner signer) {
    try {
      return sha256(signer.certificate().getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
