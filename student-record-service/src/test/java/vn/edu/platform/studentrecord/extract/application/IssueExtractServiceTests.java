package vn.edu.platform.studentrecord.extract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.studentrecord.extract.application.ExtractFakes.AuditEntry;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssueExtract;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssuedExtract;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal.SealUnavailable;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractDocument;
import vn.edu.platform.studentrecord.extract.domain.IssuerRole;
import vn.edu.platform.studentrecord.extract.domain.Sha256;
import vn.edu.platform.studentrecord.extract.fixtures.Actors;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/** Issuing an extract, against fakes of its out-ports. */
class IssueExtractServiceTests {

  private static final String SCHOOL = ExtractedRecords.SCHOOL;
  private static final UUID RECORD = ExtractedRecords.RECORD_ID;
  private static final UUID SAME_SCHOOL_OTHER_YEAR = UUID.randomUUID();
  private static final UUID OTHER_SCHOOL = UUID.randomUUID();

  private final ExtractFakes.Records records =
      new ExtractFakes.Records()
          .with(ExtractedRecords.lockedGrade9())
          .with(ExtractedRecords.lockedGrade9(SAME_SCHOOL_OTHER_YEAR, SCHOOL, "2024-2025"))
          .with(ExtractedRecords.lockedGrade9(OTHER_SCHOOL, "S311003", "2025-2026"));
  private final ExtractFakes.Repository repository = new ExtractFakes.Repository();
  private final ExtractFakes.Renderer renderer = new ExtractFakes.Renderer();
  private final ExtractFakes.Seal seal = new ExtractFakes.Seal();
  private final ExtractFakes.Events events = new ExtractFakes.Events();
  private final ExtractFakes.Audit audit = new ExtractFakes.Audit();
  private final IssueExtractService service =
      new IssueExtractService(
          records,
          repository,
          renderer,
          seal,
          events,
          audit,
          ExtractFakes.CLOCK,
          ExtractFakes.PUBLIC_URL);

  private IssuedExtract issue(Actor actor, UUID record) {
    return service.issue(
        new IssueExtract(actor, "subject-" + actor.login(), record, "Nộp hồ sơ tuyển sinh lớp 10"));
  }

  @Test
  void numbersAreSequentialPerSchoolAndYear() {
    List<String> numbers =
        IntStream.range(0, 3)
            .mapToObj(i -> issue(Actors.principal(SCHOOL), RECORD).extract().number().value())
            .toList();
    String otherYear =
        issue(Actors.principal(SCHOOL), SAME_SCHOOL_OTHER_YEAR).extract().number().value();
    String otherSchool = issue(Actors.departmentOfficer(), OTHER_SCHOOL).extract().number().value();
    String fourth = issue(Actors.departmentOfficer(), RECORD).extract().number().value();

    assertThat(numbers)
        .containsExactly(
            "S311002-2025-2026-000001", "S311002-2025-2026-000002", "S311002-2025-2026-000003");
    assertThat(otherYear).isEqualTo("S311002-2024-2025-000001");
    assertThat(otherSchool).isEqualTo("S311003-2025-2026-000001");
    assertThat(fourth).isEqualTo("S311002-2025-2026-000004");
  }

  @Test
  void theLogHoldsTheHashOfTheCodeNotTheCodeAndTheHashOfThePdfHandedOut() {
    IssuedExtract issued = issue(Actors.principal(SCHOOL), RECORD);

    ExtractDocument drawn = renderer.drawn.getFirst();
    String code = drawn.code().value();
    Extract logged = repository.log.getFirst();
    assertThat(logged).isEqualTo(issued.extract());
    assertThat(logged.verificationCodeHash())
        .isEqualTo(Sha256.hex(code.getBytes(StandardCharsets.US_ASCII)))
        .isNotEqualTo(code);
    assertThat(logged.toString()).doesNotContain(code);
    assertThat(logged.documentSha256()).isEqualTo(Sha256.hex(issued.pdf()));
    assertThat(new String(issued.pdf(), StandardCharsets.US_ASCII)).endsWith("%sealed");
    // the code is printed (and in the QR's link), nowhere else
    assertThat(drawn.verificationLink())
        .hasToString(
            "https://hocba.haiphong.edu.vn/public/v1/student-records/verifications/"
                + RECORD
                + "?code="
                + code);
    assertThat(code).matches("^[A-Z2-7]{16}$");
  }

  @Test
  void everyExtractHasItsOwnCode() {
    issue(Actors.principal(SCHOOL), RECORD);
    issue(Actors.principal(SCHOOL), RECORD);

    assertThat(renderer.drawn.get(0).code()).isNotEqualTo(renderer.drawn.get(1).code());
    assertThat(repository.log.get(0).verificationCodeHash())
        .isNotEqualTo(repository.log.get(1).verificationCodeHash());
  }

  @Test
  void anUnsignedRecordIsRefusedAndNothingIsNumberedLoggedOrPublished() {
    UUID confirmed = UUID.randomUUID();
    records.unsigned(confirmed, SCHOOL, "SIGNED_BY_TEACHER");

    assertThatThrownBy(() -> issue(Actors.principal(SCHOOL), confirmed))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-not-signed")
        .hasMessageContaining("SIGNED_BY_TEACHER");
    assertThat(repository.counters).isEmpty();
    assertThat(repository.log).isEmpty();
    assertThat(renderer.drawn).isEmpty();
    assertThat(events.published).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aVersionALaterOneCorrectedIsRefused() {
    UUID correction = UUID.fromString("8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f");
    records.with(ExtractedRecords.grade9("LOCKED", true, correction));

    assertThatThrownBy(() -> issue(Actors.principal(SCHOOL), RECORD))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-superseded");
    assertThat(repository.log).isEmpty();
  }

  @Test
  void aRecordTheCallerMayNotReadIsNotFoundAndNothingIsNumbered() {
    records.hiddenFrom(RECORD, "S311003");

    assertThatThrownBy(() -> issue(Actors.principal("S311003"), RECORD))
        .isInstanceOf(NotFound.class)
        .hasFieldOrPropertyWithValue("code", "record-not-found");
    assertThat(repository.counters).isEmpty();
  }

  @Test
  void theEventIsPublishedWithTheLoggedExtract() {
    IssuedExtract issued = issue(Actors.guardian(), RECORD);

    assertThat(events.published).containsExactly(issued.extract());
  }

  @Test
  void theIssueIsAuditedAsTheCreationOfTheNumberedExtractOfTheSchool() {
    IssuedExtract issued = issue(Actors.principal(SCHOOL), RECORD);

    assertThat(audit.entries)
        .containsExactly(
            new AuditEntry(
                AuditLog.Action.CREATE,
                "record-extract",
                issued.extract().number().value(),
                SCHOOL,
                "issue extract of record " + RECORD + ": Nộp hồ sơ tuyển sinh lớp 10"));
  }

  @Test
  void theIssuerIsLoggedInTheCapacityTheyActedIn() {
    assertThat(issue(Actors.principal(SCHOOL), RECORD).extract().issuer().role())
        .isEqualTo(IssuerRole.PRINCIPAL);
    assertThat(issue(Actors.schoolAdmin(SCHOOL), RECORD).extract().issuer().role())
        .isEqualTo(IssuerRole.SCHOOL_ADMIN);
    assertThat(issue(Actors.teacher(SCHOOL), RECORD).extract().issuer().role())
        .isEqualTo(IssuerRole.TEACHER);
    assertThat(issue(Actors.departmentOfficer(), RECORD).extract().issuer().role())
        .isEqualTo(IssuerRole.DEPARTMENT);
    assertThat(issue(Actors.guardian(), RECORD).extract().issuer().role())
        .isEqualTo(IssuerRole.GUARDIAN);
    Extract bySystem = issue(Actors.governmentSystem(), RECORD).extract();
    assertThat(bySystem.issuer().role()).isEqualTo(IssuerRole.GOVERNMENT_SYSTEM);
    assertThat(bySystem.issuer().login()).isNull();
    assertThat(bySystem.issuer().subject()).isEqualTo("subject-null");
    // a principal of another school reading the record is not its principal here
    assertThat(IssueExtractService.roleOf(Actors.principal("S311003"), SCHOOL))
        .isEqualTo(IssuerRole.GUARDIAN);
  }

  @Test
  void theDocumentDrawnCarriesTheRecordNumberPurposeDateAndIssuer() {
    issue(Actors.principal(SCHOOL), RECORD);

    ExtractDocument drawn = renderer.drawn.getFirst();
    assertThat(drawn.record()).isEqualTo(ExtractedRecords.lockedGrade9());
    assertThat(drawn.number().value()).isEqualTo("S311002-2025-2026-000001");
    assertThat(drawn.purpose()).isEqualTo("Nộp hồ sơ tuyển sinh lớp 10");
    assertThat(drawn.issuedAt()).isEqualTo(ExtractFakes.NOW);
    assertThat(drawn.issuer().printedName()).isEqualTo("Hiệu trưởng (ht.s311002)");
  }

  @Test
  void aSealThatCannotSignIssuesNothingPublished() {
    seal.unavailable = true;

    assertThatThrownBy(() -> issue(Actors.principal(SCHOOL), RECORD))
        .isInstanceOf(SealUnavailable.class);
    // the counter's increment is rolled back with the transaction in the database
    assertThat(repository.log).isEmpty();
    assertThat(events.published).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aPurposeIsOneLineOfOneTo200CharactersStoredNfc() {
    Actor principal = Actors.principal(SCHOOL);

    assertThatThrownBy(() -> new IssueExtract(principal, "s", RECORD, "   "))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "extract-purpose");
    assertThatThrownBy(() -> new IssueExtract(principal, "s", RECORD, "a".repeat(201)))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> new IssueExtract(principal, "s", RECORD, "Nộp\nhồ sơ"))
        .isInstanceOf(RuleViolation.class);
    // typed with combining marks (ộ as o, circumflex, dot below)
    String decomposed = Normalizer.normalize("Nộp hồ sơ", Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan("Nộp hồ sơ".length());
    assertThat(new IssueExtract(principal, "s", RECORD, " " + decomposed + " ").purpose())
        .isEqualTo("Nộp hồ sơ");
    assertThat(new IssueExtract(principal, "s", RECORD, "a".repeat(200)).purpose()).hasSize(200);
  }
}
