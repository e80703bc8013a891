package vn.edu.platform.studentrecord.extract.adapter.out.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Level;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.NamedLevel;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.PrimarySubjectLine;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.SubjectLine;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.SubjectCatalogueQuery;
import vn.edu.platform.studentrecord.record.application.port.in.VerifyRecordsUseCase;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectResult;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.SubjectCatalogue;

/**
 * The records as the extracts see them, read through the record feature's published use cases
 * ({@link RecordQuery} decides who reads and audits, {@link VerifyRecordsUseCase} verifies the
 * signatures) and copied into the extract's own model, in the words the học bạ prints: subject
 * names from the subject catalogue, levels and decisions in Vietnamese.
 *
 * <p>The one class of the feature that knows the record's domain model, which {@link RecordQuery}
 * hands out: named as a tolerated dependency in the architecture test until the record feature
 * publishes a view of its own.
 */
@Component
class RecordFeatureRecords implements SignedRecords {

  private final RecordQuery query;
  private final VerifyRecordsUseCase verification;
  private final SubjectCatalogueQuery catalogue;

  RecordFeatureRecords(
      RecordQuery query, VerifyRecordsUseCase verification, SubjectCatalogueQuery catalogue) {
    this.query = query;
    this.verification = verification;
    this.catalogue = catalogue;
  }

  @Override
  public ReadRecord readableBy(Actor actor, UUID recordId) {
    SchoolRecord record = query.record(actor, recordId);
    if (record.imported() != null) {
      // signed by a school elsewhere: its extract is that school's to issue, under its register
      throw new vn.edu.platform.kernel.StateConflict(
          "record-imported",
          "Record "
              + recordId
              + " was imported from a transfer package: an extract of it is issued by the school"
              + " that signed it");
    }
    if (!record.status().signedByInstitution()) {
      return new Unsigned(record.id(), record.placement().schoolCode(), record.status().name());
    }
    return new Signed(extracted(record, catalogue.catalogue()));
  }

  @Override
  public Optional<VerifiedRecord> verifiedForCodeHolder(UUID recordId, String purpose) {
    return verification
        .verifyAuthorised(recordId, purpose)
        .filter(checked -> checked.record().status().signedByInstitution())
        .map(
            checked ->
                new VerifiedRecord(
                    extracted(checked.record(), catalogue.catalogue()),
                    checked.check().authentic(),
                    checked.check().signatures().stream()
                        .map(
                            s ->
                                new SignatureCheck(
                                    s.signature().role().name(),
                                    s.signature().signedAt(),
                                    s.report().verdict().name()))
                        .toList()));
  }

  /** A record the principal signed (so complete, with its identity) in the extract's words. */
  static ExtractedRecord extracted(SchoolRecord r, SubjectCatalogue catalogue) {
    IdentitySnapshot identity = r.identity();
    RecordResults results = r.results();
    if (identity == null || results == null) {
      throw new IllegalStateException(
          "record " + r.id() + " is " + r.status() + " without its identity or results");
    }
    Optional<GradeCurriculum> grade = catalogue.grade(r.placement().grade());
    return new ExtractedRecord(
        r.id(),
        r.studentCode(),
        r.schoolYear(),
        r.version(),
        r.status().name(),
        r.status().signedByInstitution(),
        r.placement().schoolCode(),
        r.placement().grade(),
        r.placement().className(),
        new ExtractedRecord.Identity(
            identity.fullName(),
            identity.dateOfBirth(),
            identity.sex(),
            identity.placeOfBirth(),
            identity.personalId()),
        switch (results) {
          case RecordResults.Secondary s ->
              secondary(
                  s.year(),
                  ((RecordContent.Secondary) r.content()).year(),
                  r.placement().grade(),
                  grade);
          case RecordResults.Primary p ->
              primary(
                  p.year(),
                  ((RecordContent.Primary) r.content()).year(),
                  r.placement().grade(),
                  grade);
        },
        r.signatures().stream().map(RecordFeatureRecords::signer).toList(),
        r.correction() == null
            ? null
            : new ExtractedRecord.Correction(
                r.correction().reason(),
                r.correction().decisionNumber(),
                r.correction().decisionDate()),
        r.supersededBy(),
        r.completion() == null ? null : r.completion().confirmedAt());
  }

  private static ExtractedRecord.Secondary secondary(
      SecondaryYearResult y,
      SecondaryYearContent content,
      int gradeNumber,
      Optional<GradeCurriculum> grade) {
    List<SubjectLine> subjects = new ArrayList<>();
    for (SubjectResult s : y.subjects()) {
      subjects.add(
          new SubjectLine(
              s.subjectCode(),
              subjectName(grade, s.subjectCode()),
              s.semester1Average(),
              s.semester2Average(),
              s.yearAverage(),
              comment(s.semester1Result()),
              comment(s.semester2Result()),
              comment(s.yearResult())));
    }
    return new ExtractedRecord.Secondary(
        subjects,
        learning(y.semester1().level()),
        learning(y.semester2().level()),
        learning(y.year().level()),
        conduct(content.conductSemester1()),
        conduct(content.conductSemester2()),
        new Level(y.conductYear().name(), y.conductYear().vietnameseName()),
        y.absences(),
        decision(y.decision(), gradeNumber, grade),
        y.award() == null ? null : y.award().vietnameseName());
  }

  private static ExtractedRecord.Primary primary(
      PrimaryYearResult y,
      PrimaryYearContent content,
      int gradeNumber,
      Optional<GradeCurriculum> grade) {
    List<PrimarySubjectLine> subjects = new ArrayList<>();
    for (PrimarySubjectAssessment s : content.subjects()) {
      SubjectLevel yearLevel = s.yearLevel();
      if (yearLevel == null) {
        throw new IllegalStateException("a complete primary record has every year level");
      }
      subjects.add(
          new PrimarySubjectLine(
              s.subjectCode(),
              subjectName(grade, s.subjectCode()),
              subjectLevel(s.semester1Level()),
              s.semester1Test(),
              new Level(yearLevel.name(), yearLevel.vietnameseName()),
              s.yearTest()));
    }
    List<NamedLevel> qualities = new ArrayList<>();
    content
        .qualities()
        .forEach((quality, level) -> named(quality.vietnameseName(), level, qualities));
    List<NamedLevel> competencies = new ArrayList<>();
    content
        .competencies()
        .forEach((competency, level) -> named(competency.vietnameseName(), level, competencies));
    String decision =
        y.completesPrimaryLevel()
            ? "Hoàn thành chương trình lớp học; hoàn thành chương trình tiểu học"
            : y.completesGrade()
                ? "Hoàn thành chương trình lớp " + gradeNumber
                : "Chưa hoàn thành chương trình lớp " + gradeNumber;
    return new ExtractedRecord.Primary(
        subjects,
        qualities,
        competencies,
        new Level(y.outcome().name(), y.outcome().vietnameseName()),
        y.absences(),
        decision);
  }

  private static void named(String name, @Nullable CompetenceLevel level, List<NamedLevel> into) {
    if (level != null) {
      into.add(new NamedLevel(name, new Level(level.name(), level.vietnameseName())));
    }
  }

  /** The year-end decision of Circular 22/2021, Art. 12-14, as the học bạ writes it. */
  static String decision(
      YearEndDecision decision, int gradeNumber, Optional<GradeCurriculum> grade) {
    return switch (decision) {
      case YearEndDecision.Promoted p when p.completesLevel() ->
          gradeNumber == 9
              ? "Hoàn thành chương trình trung học cơ sở"
              : "Hoàn thành chương trình trung học phổ thông";
      case YearEndDecision.Promoted p -> "Được lên lớp";
      case YearEndDecision.SummerWork w -> {
        List<String> parts = new ArrayList<>();
        if (w.reassessment()) {
          parts.add(
              "Kiểm tra, đánh giá lại trong kì nghỉ hè: "
                  + String.join(
                      ", ",
                      w.subjectsToReassess().stream().map(c -> subjectName(grade, c)).toList()));
        }
        if (w.conductTraining()) {
          parts.add("Rèn luyện trong kì nghỉ hè");
        }
        yield String.join("; ", parts);
      }
      case YearEndDecision.Repeats r -> "Ở lại lớp";
    };
  }

  private static String subjectName(Optional<GradeCurriculum> grade, String code) {
    return grade.flatMap(g -> g.subject(code)).map(s -> s.name()).orElse(code);
  }

  private static @Nullable Level comment(@Nullable CommentResult result) {
    return result == null ? null : new Level(result.name(), result.vietnameseName());
  }

  private static @Nullable Level subjectLevel(@Nullable SubjectLevel level) {
    return level == null ? null : new Level(level.name(), level.vietnameseName());
  }

  private static Level learning(LearningLevel level) {
    return new Level(level.name(), level.vietnameseName());
  }

  private static @Nullable Level conduct(@Nullable ConductLevel level) {
    return level == null ? null : new Level(level.name(), level.vietnameseName());
  }

  private static ExtractedRecord.Signer signer(RecordSignature s) {
    return new ExtractedRecord.Signer(
        s.role().name(),
        s.signerRole().name(),
        s.signerLogin(),
        s.signedAt(),
        s.delegationDecision());
  }
}
