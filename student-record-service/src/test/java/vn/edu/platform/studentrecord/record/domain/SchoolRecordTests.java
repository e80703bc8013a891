package vn.edu.platform.studentrecord.record.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** The record's workflow: each state from the one before, signed records changed by correction. */
class SchoolRecordTests {

  private static final Instant AT = Instant.parse("2026-05-25T02:00:00Z");
  private static final IdentitySnapshot IDENTITY =
      new IdentitySnapshot(
          "Nguyễn Văn An", LocalDate.of(2011, 3, 14), "MALE", "Hải Phòng", "031211001234");

  private static Placement placement(int grade) {
    return new Placement("S311003", grade, UUID.randomUUID(), grade + "A1", "gv.s311003");
  }

  private static SchoolRecord draft(SecondarySheet sheet, String year) {
    return SchoolRecord.open(
            UUID.randomUUID(),
            "3110030001",
            year,
            placement(sheet.curriculum().grade()),
            sheet.curriculum(),
            "2018-gdpt-1",
            new RecordContent.Secondary(sheet.content()),
            AT)
        .state();
  }

  private static RecordSignature signature(SignerRole role) {
    return new RecordSignature(
        role, role, "gv.s311003", "ab".repeat(32), AT.plusSeconds(60), null, UUID.randomUUID());
  }

  private static SchoolRecord confirmed(SecondarySheet sheet) {
    SchoolRecord record = draft(sheet, "2025-2026");
    record = record.verify(sheet.curriculum(), IDENTITY, true, AT).state();
    return record.confirm(AT).state();
  }

  @Test
  void aCompleteDraftCarriesItsComputedResultsAndAnIncompleteOneNone() {
    SecondarySheet sheet = SecondarySheet.grade(9);

    assertThat(draft(sheet, "2025-2026").results()).isNotNull();
    assertThat(draft(SecondarySheet.grade(9).conduct(null), "2025-2026").results()).isNull();
  }

  @Test
  void refusesContentOfTheOtherCircularForTheGrade() {
    SecondarySheet sheet = SecondarySheet.grade(9);

    assertThatThrownBy(
            () ->
                SchoolRecord.open(
                    UUID.randomUUID(),
                    "3110030001",
                    "2025-2026",
                    placement(3),
                    vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula.grade(
                        3),
                    "2018-gdpt-1",
                    new RecordContent.Secondary(sheet.content()),
                    AT))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).violations())
                    .extracting(Violation::code)
                    .containsExactly("content-level-mismatch"));
  }

  @Test
  void verifyingNeedsCompleteContentAndReportsEveryMissingValueUnderContent() {
    SecondarySheet sheet = SecondarySheet.grade(9).conduct(null);
    SchoolRecord record = draft(sheet, "2025-2026");

    assertThatThrownBy(() -> record.verify(sheet.curriculum(), IDENTITY, true, AT))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e -> {
              RuleViolation refused = (RuleViolation) e;
              assertThat(refused.code()).isEqualTo("record-incomplete");
              assertThat(refused.violations())
                  .allSatisfy(v -> assertThat(v.pointer()).startsWith("/content/"));
            });
  }

  @Test
  void verifyingRefusesAPersonalIdNotCrossCheckedAndCopiesTheIdentityOtherwise() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord record = draft(sheet, "2025-2026");

    assertThatThrownBy(() -> record.verify(sheet.curriculum(), IDENTITY, false, AT))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "identity-not-verified");
    SchoolRecord verified = record.verify(sheet.curriculum(), IDENTITY, true, AT).state();
    assertThat(verified.status()).isEqualTo(RecordStatus.VERIFIED);
    assertThat(verified.identity()).isEqualTo(IDENTITY);
  }

  @Test
  void replacingTheContentOfAVerifiedRecordTakesItBackToDraftAndOfAConfirmedOneIsRefused() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord verified =
        draft(sheet, "2025-2026").verify(sheet.curriculum(), IDENTITY, true, AT).state();
    RecordContent content = new RecordContent.Secondary(sheet.averages("9.0", "toan").content());

    SchoolRecord replaced =
        verified
            .replaceContent(verified.placement(), sheet.curriculum(), "2018-gdpt-1", content, AT)
            .state();
    assertThat(replaced.status()).isEqualTo(RecordStatus.DRAFT);
    assertThat(replaced.identity()).isNull();

    SchoolRecord confirmed = confirmed(sheet);
    assertThatThrownBy(
            () ->
                confirmed.replaceContent(
                    confirmed.placement(), sheet.curriculum(), "2018-gdpt-1", content, AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-not-editable");
  }

  @Test
  void theHomeroomTeacherSignsAConfirmedRecordOnlyAndThePrincipalAfterTheTeacher() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord draft = draft(sheet, "2025-2026");

    assertThatThrownBy(() -> draft.requireSignable(SignerRole.HOMEROOM_TEACHER))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-not-confirmed");
    SchoolRecord confirmed = confirmed(sheet);
    assertThatThrownBy(() -> confirmed.signed(signature(SignerRole.PRINCIPAL)))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-not-signed-by-teacher");

    var byTeacher = confirmed.signed(signature(SignerRole.HOMEROOM_TEACHER));
    var byPrincipal = byTeacher.state().signed(signature(SignerRole.PRINCIPAL));
    var locked = byPrincipal.state().lock(AT);

    assertThat(byTeacher.state().status()).isEqualTo(RecordStatus.SIGNED_BY_TEACHER);
    assertThat(byTeacher.events()).singleElement().isInstanceOf(RecordEvent.Signed.class);
    assertThat(byPrincipal.state().signatures())
        .extracting(RecordSignature::role)
        .containsExactly(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL);
    assertThat(locked.state().status()).isEqualTo(RecordStatus.LOCKED);
    assertThat(locked.events()).singleElement().isInstanceOf(RecordEvent.Locked.class);
  }

  @Test
  void reopeningDropsTheTeachersSignatureButARecordThePrincipalSignedIsOnlyCorrected() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord byTeacher =
        confirmed(sheet).signed(signature(SignerRole.HOMEROOM_TEACHER)).state();

    SchoolRecord reopened = byTeacher.reopen("sai điểm", AT).state();
    assertThat(reopened.status()).isEqualTo(RecordStatus.DRAFT);
    assertThat(reopened.signatures()).isEmpty();

    SchoolRecord byPrincipal = byTeacher.signed(signature(SignerRole.PRINCIPAL)).state();
    assertThatThrownBy(() -> byPrincipal.reopen("sai điểm", AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-state");
  }

  @Test
  void aCorrectionIsANewDraftVersionNamingTheOldWhichStaysAsItWasButSuperseded() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord locked =
        confirmed(sheet)
            .signed(signature(SignerRole.HOMEROOM_TEACHER))
            .state()
            .signed(signature(SignerRole.PRINCIPAL))
            .state()
            .lock(AT)
            .state();
    RecordContent corrected = new RecordContent.Secondary(sheet.averages("9.0", "toan").content());

    SchoolRecord.Corrected outcome =
        locked.correct(
            UUID.randomUUID(),
            locked.placement(),
            sheet.curriculum(),
            "2018-gdpt-1",
            corrected,
            "Sai điểm môn Toán",
            "15/QĐ-THCS",
            LocalDate.of(2026, 8, 10),
            AT);

    assertThat(outcome.draft().version()).isEqualTo(2);
    assertThat(outcome.draft().status()).isEqualTo(RecordStatus.DRAFT);
    assertThat(outcome.draft().correction().previousVersionId()).isEqualTo(locked.id());
    assertThat(outcome.superseded().status()).isEqualTo(RecordStatus.LOCKED);
    assertThat(outcome.superseded().content()).isEqualTo(locked.content());
    assertThat(outcome.superseded().supersededBy()).isEqualTo(outcome.draft().id());
    assertThatThrownBy(
            () ->
                outcome
                    .superseded()
                    .correct(
                        UUID.randomUUID(),
                        locked.placement(),
                        sheet.curriculum(),
                        "2018-gdpt-1",
                        corrected,
                        "again",
                        "16/QĐ-THCS",
                        LocalDate.of(2026, 8, 11),
                        AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-superseded");
  }

  @Test
  void aRecordNotSignedByTheInstitutionIsNotCorrectedButChangedDirectly() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord confirmed = confirmed(sheet);

    assertThatThrownBy(
            () ->
                confirmed.correct(
                    UUID.randomUUID(),
                    confirmed.placement(),
                    sheet.curriculum(),
                    "2018-gdpt-1",
                    confirmed.content(),
                    "r",
                    "1/QĐ",
                    LocalDate.of(2026, 8, 10),
                    AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "record-not-signed");
  }

  @Test
  void thePrincipalConfirmsLowerSecondaryCompletionInGrade9From2025To2026Only() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord confirmed = confirmed(sheet);

    var done = confirmed.confirmCompletion("ht.s311003", AT);
    assertThat(done.state().completion().confirmedBy()).isEqualTo("ht.s311003");
    assertThat(done.events()).singleElement().isInstanceOf(RecordEvent.CompletionConfirmed.class);

    SchoolRecord earlier =
        draft(sheet, "2024-2025").verify(sheet.curriculum(), IDENTITY, true, AT).state();
    assertThatThrownBy(() -> earlier.confirmCompletion("ht.s311003", AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "completion-not-applicable");

    SecondarySheet failing = SecondarySheet.grade(9).absences(30, 20);
    SchoolRecord repeating = confirmed(failing);
    assertThatThrownBy(() -> repeating.confirmCompletion("ht.s311003", AT))
        .isInstanceOf(StateConflict.class)
        .hasFieldOrPropertyWithValue("code", "completion-not-earned");
  }
}
