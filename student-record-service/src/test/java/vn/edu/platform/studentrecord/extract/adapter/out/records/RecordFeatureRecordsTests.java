package vn.edu.platform.studentrecord.extract.adapter.out.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.ReadRecord;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.Signed;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.Unsigned;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.VerifiedRecord;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Level;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.SubjectLine;
import vn.edu.platform.studentrecord.extract.fixtures.Actors;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.VerifyRecordsUseCase;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.PrimarySheet;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.SubjectCatalogue;

/**
 * Real records of the record feature's domain, taken through its workflow to the principal's
 * signature, as the extracts copy them: subject names from the catalogue, levels and decisions in
 * the học bạ's words.
 */
class RecordFeatureRecordsTests {

  private static final Instant AT = Instant.parse("2026-05-25T02:00:00Z");
  private static final IdentitySnapshot IDENTITY =
      new IdentitySnapshot(
          "Đặng Thị Mỹ Ngữ", LocalDate.of(2011, 3, 14), "FEMALE", "Hải Phòng", "031211005678");
  private static final SubjectCatalogue CATALOGUE =
      new SubjectCatalogue("2018-gdpt-1", List.of(Curricula.grade(3), Curricula.grade(9)));

  private final Map<UUID, SchoolRecord> stored = new HashMap<>();
  private final List<String> purposes = new java.util.ArrayList<>();
  private final RecordFeatureRecords records =
      new RecordFeatureRecords(new StoredRecords(), new Verifications(), () -> CATALOGUE);

  private static RecordSignature signature(SignerRole role, String login, Instant at) {
    return new RecordSignature(role, role, login, "ab".repeat(32), at, null, UUID.randomUUID());
  }

  private static SchoolRecord throughTheWorkflow(
      GradeCurriculum grade, RecordContent content, boolean principalSigns) {
    SchoolRecord record =
        SchoolRecord.open(
                UUID.randomUUID(),
                "3110020001",
                "2025-2026",
                new Placement(
                    "S311002",
                    grade.grade(),
                    UUID.randomUUID(),
                    grade.grade() + "A1",
                    "gv.s311002"),
                grade,
                "2018-gdpt-1",
                content,
                AT)
            .state();
    record = record.verify(grade, IDENTITY, true, AT).state().confirm(AT).state();
    record =
        record
            .signed(signature(SignerRole.HOMEROOM_TEACHER, "gv.s311002", AT.plusSeconds(60)))
            .state();
    if (principalSigns) {
      record =
          record.signed(signature(SignerRole.PRINCIPAL, "ht.s311002", AT.plusSeconds(120))).state();
    }
    return record;
  }

  private SchoolRecord store(SchoolRecord record) {
    stored.put(record.id(), record);
    return record;
  }

  @Test
  void aSignedSecondaryRecordIsCopiedInTheWordsOfTheHocBa() {
    SecondarySheet sheet = SecondarySheet.grade(9).averages("8.4", "toan").absences(2, 1);
    SchoolRecord record =
        store(
            throughTheWorkflow(
                sheet.curriculum(), new RecordContent.Secondary(sheet.content()), true));

    ReadRecord read = records.readableBy(Actors.principal("S311002"), record.id());

    assertThat(read).isInstanceOf(Signed.class);
    ExtractedRecord extracted = ((Signed) read).record();
    assertThat(extracted.status()).isEqualTo("SIGNED_BY_PRINCIPAL");
    assertThat(extracted.signedByInstitution()).isTrue();
    assertThat(extracted.className()).isEqualTo("9A1");
    assertThat(extracted.identity().fullName()).isEqualTo("Đặng Thị Mỹ Ngữ");
    assertThat(extracted.identity().maskedPersonalId()).isEqualTo("********5678");
    ExtractedRecord.Secondary results = (ExtractedRecord.Secondary) extracted.results();
    SubjectLine toan =
        results.subjects().stream().filter(s -> s.code().equals("toan")).findFirst().orElseThrow();
    assertThat(toan.name()).isEqualTo("Toán");
    assertThat(toan.yearAverage()).isEqualByComparingTo(new BigDecimal("8.4"));
    SubjectLine art =
        results.subjects().stream()
            .filter(s -> s.code().equals("nghe-thuat"))
            .findFirst()
            .orElseThrow();
    assertThat(art.name()).isEqualTo("Nghệ thuật (Âm nhạc, Mĩ thuật)");
    assertThat(art.scored()).isFalse();
    assertThat(art.yearResult()).isEqualTo(new Level("PASSED", "Đạt"));
    assertThat(results.learningYear()).isEqualTo(new Level("FAIR", "Khá"));
    assertThat(results.conductYear()).isEqualTo(new Level("GOOD", "Tốt"));
    assertThat(results.conductSemester1()).isEqualTo(new Level("GOOD", "Tốt"));
    assertThat(results.absences()).isEqualTo(3);
    assertThat(results.decision()).isEqualTo("Hoàn thành chương trình trung học cơ sở");
    assertThat(results.award()).isNull();
    assertThat(extracted.signers())
        .extracting(ExtractedRecord.Signer::printedRole, ExtractedRecord.Signer::login)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Giáo viên chủ nhiệm", "gv.s311002"),
            org.assertj.core.groups.Tuple.tuple("Hiệu trưởng", "ht.s311002"));
  }

  @Test
  void aSignedPrimaryRecordCarriesItsLevelsTestsQualitiesAndCompetencies() {
    PrimarySheet sheet = PrimarySheet.grade(3).yearTest("toan", 9);
    SchoolRecord record =
        store(
            throughTheWorkflow(
                sheet.curriculum(), new RecordContent.Primary(sheet.content()), true));

    ExtractedRecord extracted =
        ((Signed) records.readableBy(Actors.departmentOfficer(), record.id())).record();

    ExtractedRecord.Primary results = (ExtractedRecord.Primary) extracted.results();
    var toan =
        results.subjects().stream().filter(s -> s.code().equals("toan")).findFirst().orElseThrow();
    assertThat(toan.name()).isEqualTo("Toán");
    assertThat(toan.yearTest()).isEqualTo(9);
    assertThat(toan.yearLevel().name()).isEqualTo("Hoàn thành tốt");
    assertThat(results.qualities()).hasSize(5);
    assertThat(results.qualities().getFirst().name()).isEqualTo("Yêu nước");
    assertThat(results.competencies()).hasSize(10);
    assertThat(results.decision()).isEqualTo("Hoàn thành chương trình lớp 3");
    assertThat(results.conduct()).isNull();
  }

  @Test
  void aRecordOnlyTheTeacherSignedIsUnsignedForTheExtracts() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord record =
        store(
            throughTheWorkflow(
                sheet.curriculum(), new RecordContent.Secondary(sheet.content()), false));

    ReadRecord read = records.readableBy(Actors.principal("S311002"), record.id());

    assertThat(read).isEqualTo(new Unsigned(record.id(), "S311002", "SIGNED_BY_TEACHER"));
    assertThat(records.verifiedForCodeHolder(record.id(), "public verification")).isEmpty();
  }

  @Test
  void theCodeHoldersReadCarriesTheSignaturesVerificationsAndItsPurpose() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord record =
        store(
            throughTheWorkflow(
                sheet.curriculum(), new RecordContent.Secondary(sheet.content()), true));

    Optional<VerifiedRecord> verified =
        records.verifiedForCodeHolder(record.id(), "public verification of extract X");

    assertThat(verified).isPresent();
    assertThat(verified.get().authentic()).isTrue();
    assertThat(verified.get().signatures())
        .containsExactly(
            new SignatureCheck("HOMEROOM_TEACHER", AT.plusSeconds(60), "VALID"),
            new SignatureCheck("PRINCIPAL", AT.plusSeconds(120), "VALID"));
    assertThat(purposes).containsExactly("public verification of extract X");
    assertThat(records.verifiedForCodeHolder(UUID.randomUUID(), "p")).isEmpty();
  }

  /** The record feature's reads, answering from the records stored here to anyone. */
  private final class StoredRecords implements RecordQuery {

    @Override
    public SchoolRecord record(Actor actor, UUID recordId) {
      return stored.get(recordId);
    }

    @Override
    public List<SchoolRecord> history(Actor actor, String studentCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page records(Actor actor, Filter filter, int page, int size) {
      throw new UnsupportedOperationException();
    }
  }

  /** The record feature's verification: every signature the record has is valid. */
  private final class Verifications implements VerifyRecordsUseCase {

    @Override
    public RecordCheck verify(Actor actor, UUID recordId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AuthorisedCheck> verifyAuthorised(UUID recordId, String purpose) {
      purposes.add(purpose);
      return Optional.ofNullable(stored.get(recordId))
          .map(
              r ->
                  new AuthorisedCheck(
                      r,
                      new RecordCheck(
                          r.id(),
                          r.studentCode(),
                          r.schoolYear(),
                          r.version(),
                          r.status(),
                          r.status() == RecordStatus.SIGNED_BY_PRINCIPAL,
                          r.signatures().stream()
                              .map(s -> new VerifyRecordsUseCase.SignatureCheck(s, valid()))
                              .toList(),
                          List.of(),
                          r.supersededBy())));
    }

    private VerificationReport valid() {
      return new VerificationReport(
          VerificationReport.Verdict.VALID,
          null,
          true,
          true,
          null,
          true,
          VerificationReport.CertificateStatus.GOOD,
          AT,
          AT,
          1,
          List.of());
    }
  }
}
