package vn.edu.platform.studentrecord.record.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;

/**
 * The school record (học bạ) of one student for one school year, in one version: what the school
 * entered, the results the assessment rules compute from it, where it stands in the workflow and
 * who signed it.
 *
 * <p>Rules kept here: content fits the grade's curriculum and holds only valid values ({@code
 * record-content}); it changes only while {@link RecordStatus#editable()}; verifying needs complete
 * content ({@code record-incomplete}) and a cross-checked identity ({@code identity-not-verified});
 * each state is reached from the one before ({@code record-state}); the homeroom teacher signs a
 * confirmed record, the principal one the teacher signed; a record signed by the institution
 * changes only by a correction, which is a new version naming the old one, the reason and the
 * decision; a superseded version is never corrected again ({@code record-superseded}); an imported
 * record is never changed, reopened, corrected or signed here ({@code record-imported}).
 *
 * @param version 1 for the first record of the year, +1 for every correction
 * @param results computed whenever the content is complete; null while it is not
 * @param identity copied from the registry at verification; null before
 * @param correction why this version exists; null for version 1
 * @param supersededBy the version that corrects this one; null while it is the current one
 * @param completion the principal's confirmation of the lower-secondary programme's completion
 *     (grade 9, from the school year 2025-2026 on); null otherwise
 * @param signatures in the order they were made
 * @param revision increases with every change; send it back in {@code If-Match}
 * @param imported where the record came from when it was imported from a transfer package (signed
 *     elsewhere, kept as it was signed: {@code LOCKED}, never changed here); null for a record made
 *     here
 */
public record SchoolRecord(
    UUID id,
    String studentCode,
    String schoolYear,
    int version,
    Placement placement,
    String catalogueVersion,
    RecordContent content,
    @Nullable RecordResults results,
    RecordStatus status,
    @Nullable IdentitySnapshot identity,
    @Nullable Correction correction,
    @Nullable UUID supersededBy,
    @Nullable CompletionConfirmation completion,
    List<RecordSignature> signatures,
    Instant createdAt,
    Instant updatedAt,
    long revision,
    @Nullable ImportOrigin imported) {

  /** The problem code of content the rules refuse. */
  public static final String CONTENT_RULES = "record-content";

  /** The first school year whose grade 9 ends with the principal's confirmation of completion. */
  static final int FIRST_YEAR_OF_COMPLETION_CONFIRMATION = 2025;

  /**
   * The principal's confirmation that the student completed the lower-secondary programme (xác nhận
   * hoàn thành chương trình trung học cơ sở), which from 2026 replaces the lower-secondary diploma.
   */
  public record CompletionConfirmation(String confirmedBy, Instant confirmedAt) {}

  public SchoolRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(status, "status");
    signatures = List.copyOf(signatures);
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
    if ((version == 1) != (correction == null)) {
      throw new IllegalArgumentException("a corrected version, and only one, has a correction");
    }
  }

  /** Opens the year's first record with the school's content. */
  public static Changes<SchoolRecord> open(
      UUID id,
      String studentCode,
      String schoolYear,
      Placement placement,
      GradeCurriculum grade,
      String catalogueVersion,
      RecordContent content,
      Instant at) {
    checkContent(grade, content);
    SchoolRecord record =
        new SchoolRecord(
            id,
            studentCode,
            schoolYear,
            1,
            placement,
            catalogueVersion,
            content,
            resultsOf(grade, content),
            RecordStatus.DRAFT,
            null,
            null,
            null,
            null,
            List.of(),
            at,
            at,
            1,
            null);
    return Changes.of(record, new RecordEvent.Submitted(record));
  }

  /**
   * Replaces the content (and the placement, if the student changed class) while the record is
   * editable; a verified record goes back to draft, since what was verified changed.
   */
  public Changes<SchoolRecord> replaceContent(
      Placement placement,
      GradeCurriculum grade,
      String catalogueVersion,
      RecordContent content,
      Instant at) {
    requireCurrent();
    if (!status.editable()) {
      throw new StateConflict(
          "record-not-editable",
          "The record is "
              + status
              + ": its content changes only before confirmation"
              + (status.signedByInstitution()
                  ? ", now only by a correction"
                  : " (reopen it first)"));
    }
    checkContent(grade, content);
    SchoolRecord changed =
        new SchoolRecord(
            id,
            studentCode,
            schoolYear,
            version,
            placement,
            catalogueVersion,
            content,
            resultsOf(grade, content),
            RecordStatus.DRAFT,
            null,
            correction,
            null,
            null,
            List.of(),
            createdAt,
            at,
            revision + 1,
            null);
    return Changes.of(changed, new RecordEvent.Submitted(changed));
  }

  /**
   * Verifies the record: its content is complete, and the identity the registry holds is
   * cross-checked (a personal ID on file must be verified). The identity is copied into the record.
   */
  public Changes<SchoolRecord> verify(
      GradeCurriculum grade,
      IdentitySnapshot registryIdentity,
      boolean personalIdVerified,
      Instant at) {
    requireState(RecordStatus.DRAFT, "verify");
    List<Violation> violations = new ArrayList<>();
    content
        .completeProblems(grade)
        .forEach(v -> violations.add(v.under("/content" + content.pointer())));
    RuleViolation.throwIfAny("record-incomplete", violations);
    if (registryIdentity.personalId() != null && !personalIdVerified) {
      throw new RuleViolation(
          "identity-not-verified",
          Violation.withMessage(
              "/identity/personalId",
              "personal-id-not-verified",
              "The student's personal ID has not been cross-checked with the population database"));
    }
    SchoolRecord verified =
        with(RecordStatus.VERIFIED, registryIdentity, completion, signatures, at);
    return Changes.of(verified, new RecordEvent.Verified(verified));
  }

  public Changes<SchoolRecord> confirm(Instant at) {
    requireState(RecordStatus.VERIFIED, "confirm");
    SchoolRecord confirmed = with(RecordStatus.CONFIRMED, identity, completion, signatures, at);
    return Changes.of(confirmed, new RecordEvent.Confirmed(confirmed));
  }

  /**
   * The principal confirms, in a grade-9 record from the school year 2025-2026 on, that the student
   * completed the lower-secondary programme: only when the year's results promote the student, and
   * before the signatures, which then cover it.
   */
  public Changes<SchoolRecord> confirmCompletion(String principalLogin, Instant at) {
    requireCurrent();
    if (status != RecordStatus.VERIFIED && status != RecordStatus.CONFIRMED) {
      throw new StateConflict(
          "record-state",
          "Completion is confirmed on a verified or confirmed record, before it is signed; it is "
              + status);
    }
    if (placement.grade() != 9
        || Integer.parseInt(schoolYear.substring(0, 4)) < FIRST_YEAR_OF_COMPLETION_CONFIRMATION) {
      throw new StateConflict(
          "completion-not-applicable",
          "Completion of lower secondary is confirmed in grade 9 from the school year 2025-2026");
    }
    if (results == null || !results.completesGrade()) {
      throw new StateConflict(
          "completion-not-earned",
          "The year's results do not complete the lower-secondary programme");
    }
    if (completion != null) {
      return Changes.of(this);
    }
    SchoolRecord confirmed =
        with(status, identity, new CompletionConfirmation(principalLogin, at), signatures, at);
    return Changes.of(confirmed, new RecordEvent.CompletionConfirmed(confirmed));
  }

  /**
   * Refuses, before anything is signed, a signature the record does not accept now: the homeroom
   * teacher signs a confirmed record, the principal one the homeroom teacher signed.
   */
  public void requireSignable(SignerRole role) {
    requireCurrent();
    RecordStatus expected =
        role == SignerRole.HOMEROOM_TEACHER
            ? RecordStatus.CONFIRMED
            : RecordStatus.SIGNED_BY_TEACHER;
    if (status != expected) {
      throw new StateConflict(
          role == SignerRole.HOMEROOM_TEACHER
              ? "record-not-confirmed"
              : "record-not-signed-by-teacher",
          "A record is signed as "
              + role
              + " when it is "
              + expected
              + "; record "
              + id
              + " is "
              + status);
    }
  }

  /** Records a signature made over the record's current document. */
  public Changes<SchoolRecord> signed(RecordSignature signature) {
    requireSignable(signature.role());
    List<RecordSignature> all = new ArrayList<>(signatures);
    all.add(signature);
    SchoolRecord signed =
        with(
            signature.role() == SignerRole.HOMEROOM_TEACHER
                ? RecordStatus.SIGNED_BY_TEACHER
                : RecordStatus.SIGNED_BY_PRINCIPAL,
            identity,
            completion,
            all,
            signature.signedAt());
    return Changes.of(signed, new RecordEvent.Signed(signed, signature.role()));
  }

  /** Locks the record the principal signed: immutable from now on, its results final. */
  public Changes<SchoolRecord> lock(Instant at) {
    requireState(RecordStatus.SIGNED_BY_PRINCIPAL, "lock");
    SchoolRecord locked = with(RecordStatus.LOCKED, identity, completion, signatures, at);
    return Changes.of(locked, new RecordEvent.Locked(locked));
  }

  /**
   * Takes a record that is not yet signed by the institution back to draft, dropping the homeroom
   * teacher's signature and the completion confirmation if any, e.g. when the teacher finds a wrong
   * score before the principal signs.
   */
  public Changes<SchoolRecord> reopen(String reason, Instant at) {
    requireCurrent();
    if (status == RecordStatus.DRAFT || status.signedByInstitution()) {
      throw new StateConflict(
          "record-state",
          status == RecordStatus.DRAFT
              ? "The record is a draft already"
              : "A record signed by the institution changes only by a correction");
    }
    SchoolRecord reopened = with(RecordStatus.DRAFT, null, null, List.of(), at);
    return Changes.of(reopened, new RecordEvent.Reopened(reopened, reason));
  }

  /** A correction's outcome: this version superseded, and the new draft version. */
  public record Corrected(SchoolRecord superseded, SchoolRecord draft, List<RecordEvent> events) {}

  /**
   * Corrects a record the institution signed: a new version in draft, with the new content, that
   * names this one, the reason and the decision; this version stays as it was, marked superseded.
   */
  public Corrected correct(
      UUID newId,
      Placement placement,
      GradeCurriculum grade,
      String catalogueVersion,
      RecordContent newContent,
      String reason,
      String decisionNumber,
      LocalDate decisionDate,
      Instant at) {
    requireCurrent();
    if (!status.signedByInstitution()) {
      throw new StateConflict(
          "record-not-signed",
          "Only a record signed by the institution is corrected; this one is "
              + status
              + " and can be changed (or reopened) directly");
    }
    checkContent(grade, newContent);
    SchoolRecord draft =
        new SchoolRecord(
            newId,
            studentCode,
            schoolYear,
            version + 1,
            placement,
            catalogueVersion,
            newContent,
            resultsOf(grade, newContent),
            RecordStatus.DRAFT,
            null,
            new Correction(id, reason, decisionNumber, decisionDate),
            null,
            null,
            List.of(),
            at,
            at,
            1,
            null);
    SchoolRecord superseded =
        new SchoolRecord(
            id,
            studentCode,
            schoolYear,
            version,
            this.placement,
            this.catalogueVersion,
            content,
            results,
            status,
            identity,
            correction,
            newId,
            completion,
            signatures,
            createdAt,
            at,
            revision + 1,
            null);
    return new Corrected(superseded, draft, List.of(new RecordEvent.Corrected(draft, superseded)));
  }

  /**
   * A record received in a transfer package, as the document its school signed states it, with the
   * signatures received: {@code LOCKED} from the start and for good, held by the importing school.
   *
   * @param supersededBy the imported version that corrects it, if the package holds one
   */
  public static Changes<SchoolRecord> imported(
      UUID id,
      String studentCode,
      String schoolYear,
      int version,
      Placement placement,
      String catalogueVersion,
      RecordContent content,
      RecordResults results,
      IdentitySnapshot identity,
      @Nullable Correction correction,
      @Nullable UUID supersededBy,
      @Nullable CompletionConfirmation completion,
      List<RecordSignature> signatures,
      ImportOrigin origin) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(origin, "origin");
    SchoolRecord record =
        new SchoolRecord(
            id,
            studentCode,
            schoolYear,
            version,
            placement,
            catalogueVersion,
            content,
            results,
            RecordStatus.LOCKED,
            identity,
            correction,
            supersededBy,
            completion,
            signatures,
            origin.importedAt(),
            origin.importedAt(),
            1,
            origin);
    return Changes.of(record, new RecordEvent.Imported(record));
  }

  /**
   * The school that holds the record here and whose staff it belongs to: the importing school for
   * an imported record (never the school that signed it elsewhere), the placement's otherwise.
   */
  public String holdingSchool() {
    return imported != null ? imported.schoolCode() : placement.schoolCode();
  }

  /** The signature of a role, if the record has one. */
  public java.util.Optional<RecordSignature> signatureOf(SignerRole role) {
    return signatures.stream().filter(s -> s.role() == role).findFirst();
  }

  private SchoolRecord with(
      RecordStatus newStatus,
      @Nullable IdentitySnapshot newIdentity,
      @Nullable CompletionConfirmation newCompletion,
      List<RecordSignature> newSignatures,
      Instant at) {
    return new SchoolRecord(
        id,
        studentCode,
        schoolYear,
        version,
        placement,
        catalogueVersion,
        content,
        results,
        newStatus,
        newIdentity,
        correction,
        supersededBy,
        newCompletion,
        newSignatures,
        createdAt,
        at,
        revision + 1,
        imported);
  }

  private void requireState(RecordStatus expected, String action) {
    requireCurrent();
    if (status != expected) {
      throw new StateConflict(
          "record-state",
          "A record is " + action + "ed when it is " + expected + "; it is " + status);
    }
  }

  private void requireCurrent() {
    if (imported != null) {
      throw new StateConflict(
          "record-imported",
          "Record "
              + id
              + " was imported from a transfer package: it stays as its school signed it and is"
              + " not changed, reopened, corrected or signed here");
    }
    if (supersededBy != null) {
      throw new StateConflict(
          "record-superseded", "Version " + version + " was corrected by record " + supersededBy);
    }
  }

  private static void checkContent(GradeCurriculum grade, RecordContent content) {
    if (!content.fits(grade)) {
      throw new RuleViolation(
          CONTENT_RULES,
          Violation.withMessage(
              "/content",
              "content-level-mismatch",
              "Grade "
                  + grade.grade()
                  + " is assessed under "
                  + (grade.level().secondary()
                      ? "Circular 22/2021 (secondary)"
                      : "Circular 27/2020 (primary)")));
    }
    List<Violation> violations = new ArrayList<>();
    content
        .draftProblems(grade)
        .forEach(v -> violations.add(v.under("/content" + content.pointer())));
    RuleViolation.throwIfAny(CONTENT_RULES, violations);
  }

  private static @Nullable RecordResults resultsOf(GradeCurriculum grade, RecordContent content) {
    return content.completeProblems(grade).isEmpty() ? content.evaluate(grade) : null;
  }
}
