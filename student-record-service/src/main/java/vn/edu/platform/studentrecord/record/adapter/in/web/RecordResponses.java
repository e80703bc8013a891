package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.starter.web.conditional.Revisioned;
import vn.edu.platform.studentrecord.record.adapter.in.web.RecordBodies.ContentBody;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.SigningJob;
import vn.edu.platform.studentrecord.record.domain.assessment.Award;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.LearningResult;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectResult;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision;

/** The records' answers. */
final class RecordResponses {

  private RecordResponses() {}

  @Schema(description = "A school record (học bạ) of one student and school year, in one version")
  record RecordResponse(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID id,
      @Schema(description = "The student's code", example = "3110020001") String studentCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(description = "1, then +1 for every correction", example = "1") int version,
      @Schema(description = "The school that owns the record", example = "S311002")
          String schoolCode,
      @Schema(example = "9") int grade,
      @Schema(example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d") UUID classId,
      @Schema(example = "9A1") String className,
      @Schema(description = "The class's homeroom teacher's login", example = "gv.s311002")
          @Nullable String homeroomTeacher,
      @Schema(
              description =
                  "DRAFT, VERIFIED, CONFIRMED, SIGNED_BY_TEACHER, SIGNED_BY_PRINCIPAL, LOCKED",
              example = "DRAFT")
          RecordStatus status,
      @Schema(description = "The subject catalogue it was checked against", example = "2018-gdpt-1")
          String catalogueVersion,
      @Schema(description = "What the school entered") ContentBody content,
      @Schema(description = "The computed results; null while the content is incomplete")
          @Nullable ResultsView results,
      @Schema(description = "The identity copied at verification; null before")
          @Nullable IdentityView identity,
      @Schema(description = "Why this version exists; null for version 1")
          @Nullable CorrectionView correction,
      @Schema(
              description = "The version that corrects this one; null while it is current",
              example = "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f")
          @Nullable UUID supersededBy,
      @Schema(description = "Grade 9: the principal's confirmation of lower-secondary completion")
          @Nullable CompletionView lowerSecondaryCompletion,
      @Schema(description = "The signatures made, in order") List<SignatureView> signatures,
      @Schema(example = "2026-05-20T02:00:00Z") Instant createdAt,
      @Schema(example = "2026-05-25T08:30:00Z") Instant updatedAt,
      @Schema(description = "Send it back in If-Match", example = "3") long revision,
      @Schema(
              description =
                  "Where the record came from when it was imported from a transfer package (then"
                      + " schoolCode, classId, className and homeroomTeacher are the signing"
                      + " school's, and the record stays LOCKED); null for a record made here")
          @Nullable ImportView imported)
      implements Revisioned {

    static RecordResponse of(SchoolRecord r) {
      return new RecordResponse(
          r.id(),
          r.studentCode(),
          r.schoolYear(),
          r.version(),
          r.placement().schoolCode(),
          r.placement().grade(),
          r.placement().classId(),
          r.placement().className(),
          r.placement().homeroomTeacher(),
          r.status(),
          r.catalogueVersion(),
          ContentBody.of(r.content()),
          r.results() == null ? null : ResultsView.of(r.results()),
          r.identity() == null ? null : IdentityView.of(r.identity()),
          r.correction() == null
              ? null
              : new CorrectionView(
                  r.correction().previousVersionId(),
                  r.correction().reason(),
                  r.correction().decisionNumber(),
                  r.correction().decisionDate()),
          r.supersededBy(),
          r.completion() == null
              ? null
              : new CompletionView(r.completion().confirmedBy(), r.completion().confirmedAt()),
          r.signatures().stream().map(SignatureView::of).toList(),
          r.createdAt(),
          r.updatedAt(),
          r.revision(),
          r.imported() == null
              ? null
              : new ImportView(
                  r.imported().importId(),
                  r.imported().schoolCode(),
                  r.imported().importedBy(),
                  r.imported().importedAt()));
    }
  }

  @Schema(description = "The import that brought a record from a transfer package")
  record ImportView(
      @Schema(example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b") UUID importId,
      @Schema(description = "The importing school, which holds the record", example = "S311013")
          String schoolCode,
      @Schema(description = "Who imported it", example = "admin.s311013")
          @Nullable String importedBy,
      @Schema(example = "2026-08-20T03:15:00Z") Instant importedAt) {}

  @Schema(description = "A record in a list: who, where, which state, the year's levels")
  record RecordSummary(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID id,
      @Schema(example = "3110020001") String studentCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(example = "1") int version,
      @Schema(example = "9") int grade,
      @Schema(example = "9A1") String className,
      @Schema(example = "CONFIRMED") RecordStatus status,
      @Schema(description = "Whether the content is complete", example = "true") boolean complete,
      @Schema(description = "Secondary: the year's learning result", example = "GOOD")
          @Nullable LearningLevel learningLevel,
      @Schema(description = "Secondary: the year's conduct", example = "GOOD")
          @Nullable ConductLevel conductLevel,
      @Schema(description = "Primary: the year's outcome", example = "GOOD")
          @Nullable PrimaryOutcome primaryOutcome,
      @Schema(example = "3") long revision) {

    static RecordSummary of(SchoolRecord r) {
      LearningLevel learning = null;
      ConductLevel conduct = null;
      PrimaryOutcome outcome = null;
      if (r.results() instanceof RecordResults.Secondary s) {
        learning = s.year().year().level();
        conduct = s.year().conductYear();
      } else if (r.results() instanceof RecordResults.Primary p) {
        outcome = p.year().outcome();
      }
      return new RecordSummary(
          r.id(),
          r.studentCode(),
          r.schoolYear(),
          r.version(),
          r.placement().grade(),
          r.placement().className(),
          r.status(),
          r.results() != null,
          learning,
          conduct,
          outcome,
          r.revision());
    }
  }

  @Schema(description = "The year's computed results: exactly one of secondary and primary")
  record ResultsView(
      @Schema(description = "Grades 6-12") @Nullable SecondaryResultsView secondary,
      @Schema(description = "Grades 1-5") @Nullable PrimaryResultsView primary) {

    static ResultsView of(RecordResults results) {
      return switch (results) {
        case RecordResults.Secondary s -> new ResultsView(SecondaryResultsView.of(s.year()), null);
        case RecordResults.Primary p -> new ResultsView(null, PrimaryResultsView.of(p.year()));
      };
    }
  }

  @Schema(description = "A secondary year's results (Circular 22/2021)")
  record SecondaryResultsView(
      @Schema(description = "Each subject's averages or results") List<SubjectResultView> subjects,
      @Schema(description = "Semester I's learning result") LearningResultView semester1,
      @Schema(description = "Semester II's learning result") LearningResultView semester2,
      @Schema(description = "The year's learning result") LearningResultView year,
      @Schema(description = "The year's conduct", example = "GOOD") ConductLevel conductYear,
      @Schema(description = "Sessions absent in the year", example = "3") int absences,
      @Schema(description = "The year-end decision") DecisionView decision,
      @Schema(description = "The year's award; null for none", example = "GOOD")
          @Nullable Award award) {

    static SecondaryResultsView of(SecondaryYearResult r) {
      return new SecondaryResultsView(
          r.subjects().stream().map(SubjectResultView::of).toList(),
          LearningResultView.of(r.semester1()),
          LearningResultView.of(r.semester2()),
          LearningResultView.of(r.year()),
          r.conductYear(),
          r.absences(),
          DecisionView.of(r.decision()),
          r.award());
    }
  }

  @Schema(
      description = "One subject's results: averages of a scored subject, results of a comment one")
  record SubjectResultView(
      @Schema(example = "toan") String subjectCode,
      @Schema(description = "Semester I average (ĐTBmhkI)", example = "8.1")
          @Nullable BigDecimal semester1Average,
      @Schema(description = "Semester II average (ĐTBmhkII)", example = "8.6")
          @Nullable BigDecimal semester2Average,
      @Schema(description = "Year average (ĐTBmcn) = (I + 2·II) / 3", example = "8.4")
          @Nullable BigDecimal yearAverage,
      @Schema(example = "PASSED") @Nullable CommentResult semester1Result,
      @Schema(example = "PASSED") @Nullable CommentResult semester2Result,
      @Schema(description = "A comment subject's year result: semester II's", example = "PASSED")
          @Nullable CommentResult yearResult) {

    static SubjectResultView of(SubjectResult s) {
      return new SubjectResultView(
          s.subjectCode(),
          s.semester1Average(),
          s.semester2Average(),
          s.yearAverage(),
          s.semester1Result(),
          s.semester2Result(),
          s.yearResult());
    }
  }

  @Schema(description = "A learning result, with the one-step adjustment when it applied")
  record LearningResultView(
      @Schema(description = "The level", example = "FAIR") LearningLevel level,
      @Schema(description = "The level before the adjustment", example = "PASS")
          LearningLevel computedLevel,
      @Schema(
              description =
                  "The subject whose result alone dropped the level two steps, when the level was"
                      + " raised by one",
              example = "toan")
          @Nullable String adjustedBecauseOf) {

    static LearningResultView of(LearningResult r) {
      return new LearningResultView(r.level(), r.computedLevel(), r.adjustedBecauseOf());
    }
  }

  @Schema(description = "The year-end decision")
  record DecisionView(
      @Schema(
              description =
                  "PROMOTED, SUMMER_WORK (re-assessment and/or conduct training) or REPEATS",
              example = "PROMOTED")
          String kind,
      @Schema(
              description = "Promoted in the level's last grade: the level completed",
              example = "false")
          boolean completesLevel,
      @Schema(description = "Subjects to re-assess in the summer") List<String> subjectsToReassess,
      @Schema(description = "Conduct training in the summer", example = "false")
          boolean conductTraining,
      @Schema(description = "Why the year is repeated") List<String> repeatReasons) {

    static DecisionView of(YearEndDecision d) {
      return switch (d) {
        case YearEndDecision.Promoted p ->
            new DecisionView("PROMOTED", p.completesLevel(), List.of(), false, List.of());
        case YearEndDecision.SummerWork w ->
            new DecisionView(
                "SUMMER_WORK", false, w.subjectsToReassess(), w.conductTraining(), List.of());
        case YearEndDecision.Repeats r ->
            new DecisionView(
                "REPEATS", false, List.of(), false, r.reasons().stream().map(Enum::name).toList());
      };
    }
  }

  @Schema(description = "A primary year's results (Circular 27/2020)")
  record PrimaryResultsView(
      @Schema(description = "EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED", example = "GOOD")
          PrimaryOutcome outcome,
      @Schema(description = "Whether the grade's programme is completed", example = "true")
          boolean completesGrade,
      @Schema(description = "Grade 5: whether primary school is completed", example = "false")
          boolean completesPrimaryLevel,
      @Schema(description = "Subjects not completed") List<String> subjectsNotCompleted,
      @Schema(example = "1") int absences) {

    static PrimaryResultsView of(PrimaryYearResult r) {
      return new PrimaryResultsView(
          r.outcome(),
          r.completesGrade(),
          r.completesPrimaryLevel(),
          r.subjectsNotCompleted(),
          r.absences());
    }
  }

  @Schema(description = "The student's identity as the record carries it")
  record IdentityView(
      @Schema(example = "Nguyễn Văn An") String fullName,
      @Schema(example = "2011-03-14") LocalDate dateOfBirth,
      @Schema(example = "MALE") String sex,
      @Schema(example = "Hải Phòng") String placeOfBirth,
      @Schema(
              description = "The personal ID, shown with its last four digits only",
              example = "********1234")
          @Nullable String personalId) {

    static IdentityView of(IdentitySnapshot i) {
      String id = i.personalId();
      return new IdentityView(
          i.fullName(),
          i.dateOfBirth(),
          i.sex(),
          i.placeOfBirth(),
          id == null ? null : "*".repeat(id.length() - 4) + id.substring(id.length() - 4));
    }
  }

  @Schema(description = "Why a version corrects an earlier one")
  record CorrectionView(
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID previousVersionId,
      @Schema(example = "Sai điểm cuối kỳ II môn Toán") String reason,
      @Schema(example = "15/QĐ-THHB") String decisionNumber,
      @Schema(example = "2026-08-10") LocalDate decisionDate) {}

  @Schema(description = "The principal's confirmation of lower-secondary completion")
  record CompletionView(
      @Schema(example = "ht.s311003") String confirmedBy,
      @Schema(example = "2026-05-28T03:00:00Z") Instant confirmedAt) {}

  @Schema(description = "One signature of the record")
  record SignatureView(
      @Schema(description = "HOMEROOM_TEACHER or PRINCIPAL", example = "HOMEROOM_TEACHER")
          SignerRole role,
      @Schema(description = "The certificate's registered capacity", example = "HOMEROOM_TEACHER")
          SignerRole signerRole,
      @Schema(
              description =
                  "The signer's login; null for a signature received with an imported record",
              example = "gv.s311002")
          @Nullable String signerLogin,
      @Schema(
              description = "SHA-256 of the signing certificate",
              example = "a3f1c2d4e5b6a7980c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b")
          String certificateFingerprint,
      @Schema(example = "2026-05-25T08:30:00Z") Instant signedAt,
      @Schema(
              description = "The delegation's decision when signed on the principal's behalf",
              example = "12/QĐ-THHB")
          @Nullable String delegationDecision,
      @Schema(
              description = "The signing job that made it, or the import that brought it",
              example = "2b1a0f9e-8d7c-4b6a-9f5e-4d3c2b1a0f9e")
          UUID jobId) {

    static SignatureView of(RecordSignature s) {
      return new SignatureView(
          s.role(),
          s.signerRole(),
          s.signerLogin(),
          s.certificateFingerprint(),
          s.signedAt(),
          s.delegationDecision(),
          s.jobId());
    }
  }

  @Schema(description = "A bulk signing job")
  record SigningJobResponse(
      @Schema(example = "2b1a0f9e-8d7c-4b6a-9f5e-4d3c2b1a0f9e") UUID id,
      @Schema(example = "S311002") String schoolCode,
      @Schema(example = "2025-2026") String schoolYear,
      @Schema(description = "HOMEROOM_TEACHER or PRINCIPAL", example = "HOMEROOM_TEACHER")
          SignerRole role,
      @Schema(example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d") @Nullable UUID classId,
      @Schema(example = "gv.s311002") String signerLogin,
      @Schema(description = "Records the job signs", example = "38") int records,
      @Schema(
              description =
                  "PREPARING, AWAITING_CODE (send the one-time code the CA texted), SIGNING,"
                      + " COMPLETED, FAILED",
              example = "AWAITING_CODE")
          SigningJob.Status status,
      @Schema(
              description =
                  "Why it failed: otp-invalid, sad-expired, cancelled, certificate-revoked,"
                      + " certificate-not-registered, certificate-not-registered-for-unit,"
                      + " signer-credential-missing, service-unavailable, timeout, ...",
              example = "otp-invalid")
          @Nullable String failure,
      @Schema(example = "38") int signed,
      @Schema(description = "Records that changed while the signer confirmed", example = "0")
          int skipped,
      @Schema(example = "2026-05-25T08:29:50Z") Instant createdAt,
      @Schema(example = "2026-05-25T08:30:02Z") @Nullable Instant finishedAt) {

    static SigningJobResponse of(SigningJob j) {
      return new SigningJobResponse(
          j.id(),
          j.schoolCode(),
          j.schoolYear(),
          j.role(),
          j.classId(),
          j.signerLogin(),
          j.recordIds().size(),
          j.status(),
          j.failure(),
          j.signed(),
          j.skipped(),
          j.createdAt(),
          j.finishedAt());
    }
  }
}
