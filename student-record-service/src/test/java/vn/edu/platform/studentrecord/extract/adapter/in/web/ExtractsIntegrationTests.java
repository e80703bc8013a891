package vn.edu.platform.studentrecord.extract.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.NamedJson;
import vn.edu.platform.signing.jades.SignedBatch;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.pades.PdfSignatureVerifier;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.fixtures.SigningFixture;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
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
 * Extracts over HTTP on the real service: a record signed at JAdES baseline-LT by the homeroom
 * teacher and the principal (with certificates of the test kit's PKI, stored as the signing job
 * stores them), its extract issued as a PAdES-sealed PDF, logged, listed, and verified in public by
 * the code its QR carries.
 *
 * <p>Needs the module's whole Spring context, which starts only once the student feature's ports
 * have their implementation.
 */
class ExtractsIntegrationTests extends StudentRecordIntegrationTest {

  private static final String SCHOOL = OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
  private static final String NAME = "Đặng Thị Mỹ Ngữ";
  private static final AtomicInteger STUDENTS = new AtomicInteger();
  private static final Pattern CODE = Pattern.compile("Mã tra cứu: ([A-Z2-7]{4}(-[A-Z2-7]{4}){3})");

  @Autowired private SchoolRecordRepository records;
  @Autowired private SignatureStore signatures;
  @Autowired private RecordDocuments documents;

  private static String newStudentCode() {
    // a code of its own per test, so that re-runs on a kept database do not collide
    return "39"
        + "%08d".formatted((System.nanoTime() / 1000 + STUDENTS.incrementAndGet()) % 100_000_000L);
  }

  /** A grade-9 record of {@code SCHOOL} taken to {@code principal ? LOCKED : SIGNED_BY_TEACHER}. */
  private SchoolRecord storedRecord(boolean principalSigns) {
    SecondarySheet sheet = SecondarySheet.grade(9).averages("8.4", "toan");
    Instant at = Instant.now().minusSeconds(600);
    String teacher = "gv." + SCHOOL.toLowerCase();
    SchoolRecord record =
        SchoolRecord.open(
                UUID.randomUUID(),
                newStudentCode(),
                "2025-2026",
                new Placement(SCHOOL, 9, UUID.randomUUID(), "9A1", teacher),
                sheet.curriculum(),
                "2018-gdpt-1",
                new RecordContent.Secondary(sheet.content()),
                at)
            .state();
    record =
        record
            .verify(
                sheet.curriculum(),
                new IdentitySnapshot(
                    NAME, LocalDate.of(2011, 3, 14), "FEMALE", "Hải Phòng", "031211005678"),
                true,
                at)
            .state()
            .confirm(at)
            .state();
    records.insert(record);
    byte[] canonical = documents.canonicalDocument(record);
    List<SignerRole> roles =
        principalSigns
            ? List.of(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL)
            : List.of(SignerRole.HOMEROOM_TEACHER);
    for (SignerRole role : roles) {
      record = sign(record, canonical, role);
    }
    if (principalSigns) {
      record = record.lock(Instant.now()).state();
      records.update(record);
    }
    return record;
  }

  /** Signs the record's document as the signing job does, and stores it as the job does. */
  private SchoolRecord sign(SchoolRecord record, byte[] canonical, SignerRole role) {
    SigningFixture fixture = SigningFixture.get();
    IssuedSigner signer =
        fixture
            .pki()
            .issueSigner(
                "Người ký " + role,
                "Trường " + SCHOOL,
                SCHOOL,
                role == SignerRole.PRINCIPAL ? "Hiệu trưởng" : "Giáo viên chủ nhiệm");
    OnlineValidationData validation = fixture.pki().validationData(Duration.ofSeconds(10));
    String name = RecordDocuments.documentName(record);
    SignedBatch batch;
    try (LocalSigningKey key = signer.openKey()) {
      batch =
          new JsonSigner(
                  Clock.systemUTC(), validation.timestampSource(), validation.certificateVerifier())
              .signBatch(
                  List.of(new NamedJson(name, new String(canonical, StandardCharsets.UTF_8))),
                  key,
                  JsonSigner.Level.BASELINE_LT);
    }
    UUID job = UUID.randomUUID();
    UUID group = UUID.randomUUID();
    RecordSignature signature =
        new RecordSignature(
            role,
            role,
            role == SignerRole.PRINCIPAL
                ? "ht." + SCHOOL.toLowerCase()
                : "gv." + SCHOOL.toLowerCase(),
            sha256(encoded(signer)),
            Instant.now(),
            null,
            job);
    SchoolRecord signed = record.signed(signature).state();
    records.update(signed);
    signatures.storeGroups(
        job,
        List.of(
            new vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup(
                group, batch.parts().getFirst().signature(), List.of(name))));
    signatures.storeEntries(
        List.of(
            new SignatureStore.Entry(record.id(), signature, group, name, sha256(canonical), 0)));
    return signed;
  }

  private TestHttp.Reply issue(String token, UUID record, String purpose) {
    return http.post("/api/v1/student-records/records/" + record + "/extracts")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(Map.of("purpose", purpose))
        .send();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String codeIn(byte[] pdf) throws IOException {
    Matcher matcher = CODE.matcher(text(pdf));
    assertThat(matcher.find()).as("the code printed on the extract").isTrue();
    return matcher.group(1);
  }

  @Test
  void thePrincipalIssuesASealedPdfExtractOfALockedRecordLoggedByItsHash() throws IOException {
    SchoolRecord record = storedRecord(true);

    var reply = issue(Personas.principal(SCHOOL), record.id(), "Nộp hồ sơ tuyển sinh lớp 10");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.contentType()).startsWith("application/pdf");
    String number = reply.header("Extract-Number");
    assertThat(number).matches("^S311003-2025-2026-[0-9]{6}$");
    assertThat(reply.header("Location"))
        .isEqualTo("/api/v1/student-records/records/" + record.id() + "/extracts/" + number);
    byte[] pdf = reply.response().body();
    assertThat(text(pdf))
        .contains("TRÍCH LỤC HỌC BẠ")
        .contains(NAME)
        .containsPattern("Toán\\s+8,4\\s+8,4\\s+8,4")
        .contains("********5678")
        .doesNotContain("031211005678");
    VerificationReport seal =
        new PdfSignatureVerifier(SigningFixture.get().pki().trustAnchors()).verify(pdf);
    assertThat(seal.verdict()).isEqualTo(VerificationReport.Verdict.VALID);
    assertThat(seal.signer().name()).isEqualTo("Hệ thống học bạ số");
    String code = codeIn(pdf).replace("-", "");
    Map<String, Object> row =
        jdbc.sql("SELECT * FROM record_extract WHERE number = :number")
            .param("number", number)
            .query()
            .singleRow();
    assertThat(row.get("verification_code_hash"))
        .isEqualTo(sha256(code.getBytes(StandardCharsets.US_ASCII)));
    assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(code));
    assertThat(row.get("pdf_sha256")).isEqualTo(sha256(pdf));
    assertThat(row.get("issued_by_role")).isEqualTo("PRINCIPAL");
    assertThat(row.get("issued_by_login")).isEqualTo("ht." + SCHOOL.toLowerCase());
    assertThat(row.get("purpose")).isEqualTo("Nộp hồ sơ tuyển sinh lớp 10");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.event_publication"
                        + " WHERE event_type LIKE '%ExtractIssued' AND serialized_event LIKE :n")
                .param("n", "%" + number + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void extractsOfTheSchoolsYearAreNumberedOneAfterTheOther() {
    SchoolRecord first = storedRecord(true);
    SchoolRecord second = storedRecord(true);

    String a =
        issue(Personas.principal(SCHOOL), first.id(), "Hồ sơ chuyển trường")
            .header("Extract-Number");
    String b =
        issue(Personas.departmentOfficer(), second.id(), "Thanh tra hồ sơ")
            .header("Extract-Number");

    long sequenceA = Long.parseLong(a.substring(a.lastIndexOf('-') + 1));
    long sequenceB = Long.parseLong(b.substring(b.lastIndexOf('-') + 1));
    assertThat(sequenceB).isEqualTo(sequenceA + 1);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheExtractInsteadOfIssuingAnother() {
    SchoolRecord record = storedRecord(true);
    String key = UUID.randomUUID().toString();
    String token = Personas.principal(SCHOOL);

    var first =
        http.post("/api/v1/student-records/records/" + record.id() + "/extracts")
            .token(token)
            .header("Idempotency-Key", key)
            .json(Map.of("purpose", "Nộp hồ sơ"))
            .send();
    var retry =
        http.post("/api/v1/student-records/records/" + record.id() + "/extracts")
            .token(token)
            .header("Idempotency-Key", key)
            .json(Map.of("purpose", "Nộp hồ sơ"))
            .send();

    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.response().body()).isEqualTo(first.response().body());
    assertThat(
            jdbc.sql("SELECT count(*) FROM record_extract WHERE record_id = :id")
                .param("id", record.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aRecordThePrincipalHasNotSignedIs409AndAnotherSchoolDoesNotFindIt() {
    SchoolRecord teacherSigned = storedRecord(false);
    SchoolRecord locked = storedRecord(true);

    var notSigned = issue(Personas.principal(SCHOOL), teacherSigned.id(), "Hồ sơ");
    var otherSchool =
        issue(Personas.principal(OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY), locked.id(), "Hồ sơ");
    var commune = issue(Personas.communeOfficer(OrgTreeFixture.COMMUNE_A), locked.id(), "Hồ sơ");

    assertThat(notSigned.status()).isEqualTo(409);
    assertThat(notSigned.json().path("code").asString()).isEqualTo("record-not-signed");
    assertThat(otherSchool.status()).isEqualTo(404);
    assertThat(otherSchool.json().path("code").asString()).isEqualTo("record-not-found");
    assertThat(commune.status()).as("communes read aggregates, not records").isEqualTo(403);
  }

  @Test
  void aPurposeIsRequiredAndAtMost200Characters() {
    SchoolRecord record = storedRecord(true);

    var blank = issue(Personas.principal(SCHOOL), record.id(), " ");
    var tooLong = issue(Personas.principal(SCHOOL), record.id(), "a".repeat(201));

    assertThat(blank.status()).isEqualTo(400);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").get(0).path("pointer").asString())
        .isEqualTo("/purpose");
  }

  @Test
  void theLogListsWhoHadExtractsIssuedWhenAndWhyForTheSchoolAndTheDepartment() {
    SchoolRecord record = storedRecord(true);
    String number =
        issue(Personas.principal(SCHOOL), record.id(), "Nộp hồ sơ tuyển sinh lớp 10")
            .header("Extract-Number");
    issue(Personas.departmentOfficer(), record.id(), "Xác minh hồ sơ");

    var bySchool =
        http.get("/api/v1/student-records/records/" + record.id() + "/extracts")
            .token(Personas.teacher(SCHOOL))
            .send();
    var byDepartment =
        http.get("/api/v1/student-records/records/" + record.id() + "/extracts/" + number)
            .token(Personas.departmentAdmin())
            .send();
    var byOtherSchool =
        http.get("/api/v1/student-records/records/" + record.id() + "/extracts")
            .token(Personas.teacher(OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY))
            .send();
    var bySystem =
        http.get("/api/v1/student-records/records/" + record.id() + "/extracts")
            .token(Personas.governmentSystem("national-db", "province-read"))
            .send();

    assertThat(bySchool.status()).isEqualTo(200);
    JsonNode entries = bySchool.json();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("number").asString()).isEqualTo(number);
    assertThat(entries.get(0).path("issuedByRole").asString()).isEqualTo("PRINCIPAL");
    assertThat(entries.get(1).path("issuedByRole").asString()).isEqualTo("DEPARTMENT");
    assertThat(entries.get(1).path("purpose").asString()).isEqualTo("Xác minh hồ sơ");
    assertThat(byDepartment.status()).isEqualTo(200);
    assertThat(byDepartment.json().path("number").asString()).isEqualTo(number);
    assertThat(byOtherSchool.status()).isEqualTo(404);
    assertThat(bySystem.status()).isEqualTo(403);
  }

  @Test
  void theHolderOfTheCodeVerifiesTheExtractWithoutAnAccountAndSeesTheNameMasked()
      throws IOException {
    SchoolRecord record = storedRecord(true);
    var issued = issue(Personas.principal(SCHOOL), record.id(), "Nộp hồ sơ");
    String code = codeIn(issued.response().body());

    var answer =
        http.get("/public/v1/student-records/verifications/" + record.id() + "?code=" + code)
            .send();

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.path("studentName").asString()).isEqualTo("Đ*** T** M* N**");
    assertThat(body.toString()).doesNotContain("Ngữ").doesNotContain("5678");
    assertThat(body.path("status").asString()).isEqualTo("LOCKED");
    assertThat(body.path("schoolCode").asString()).isEqualTo(SCHOOL);
    assertThat(body.path("grade").asInt()).isEqualTo(9);
    assertThat(body.path("learning").path("code").asString()).isEqualTo("FAIR");
    assertThat(body.path("conduct").path("name").asString()).isEqualTo("Tốt");
    assertThat(body.path("signaturesValid").asBoolean()).isTrue();
    assertThat(body.path("signatures")).hasSize(2);
    assertThat(body.path("signatures").get(1).path("verdict").asString()).isEqualTo("VALID");
    assertThat(body.path("correctedByLaterVersion").asBoolean()).isFalse();
    assertThat(body.path("extractNumber").asString()).isEqualTo(issued.header("Extract-Number"));
    assertThat(body.path("documentSha256").asString()).isEqualTo(sha256(issued.response().body()));
  }

  @Test
  void aWrongCodeAndAnUnknownRecordAnswerTheSame404() throws IOException {
    SchoolRecord record = storedRecord(true);
    String code =
        codeIn(issue(Personas.principal(SCHOOL), record.id(), "Nộp hồ sơ").response().body());

    var wrongCode =
        http.get(
                "/public/v1/student-records/verifications/"
                    + record.id()
                    + "?code=AAAAAAAAAAAAAAAA")
            .send();
    var unknownRecord =
        http.get("/public/v1/student-records/verifications/" + UUID.randomUUID() + "?code=" + code)
            .send();

    assertThat(wrongCode.status()).isEqualTo(404);
    assertThat(unknownRecord.status()).isEqualTo(404);
    for (String field : List.of("code", "title", "detail", "status", "type")) {
      assertThat(wrongCode.json().path(field)).isEqualTo(unknownRecord.json().path(field));
    }
    assertThat(wrongCode.json().path("code").asString()).isEqualTo("verification-not-found");
  }

  private static byte[] encoded(IssuedSigner signer) {
    try {
      return signer.certificate().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
