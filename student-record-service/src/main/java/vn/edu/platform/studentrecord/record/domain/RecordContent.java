package vn.edu.platform.studentrecord.record.domain;

import java.util.List;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.record.domain.assessment.ContentChecks;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;

/**
 * What the school enters into a record: a secondary year (Circular 22/2021) or a primary year
 * (Circular 27/2020), checked against the grade's curriculum.
 */
public sealed interface RecordContent {

  /** Problems that forbid even a draft: values out of range, unknown subjects, wrong counts. */
  List<Violation> draftProblems(GradeCurriculum grade);

  /** Problems that forbid verifying: the draft problems and every missing value. */
  List<Violation> completeProblems(GradeCurriculum grade);

  /** The year's computed results; only for complete content. */
  RecordResults evaluate(GradeCurriculum grade);

  /** Whether the content belongs to a grade of this level. */
  boolean fits(GradeCurriculum grade);

  /**
   * Where the rules' pointers sit in a record's content: {@code /secondary} or {@code /primary},
   * the member that holds the year in the API and the stored document.
   */
  String pointer();

  record Secondary(SecondaryYearContent year) implements RecordContent {
    @Override
    public List<Violation> draftProblems(GradeCurriculum grade) {
      return ContentChecks.secondaryDraft(grade, year);
    }

    @Override
    public List<Violation> completeProblems(GradeCurriculum grade) {
      return ContentChecks.secondaryComplete(grade, year);
    }

    @Override
    public RecordResults evaluate(GradeCurriculum grade) {
      return new RecordResults.Secondary(SecondaryAssessment.evaluate(grade, year));
    }

    @Override
    public boolean fits(GradeCurriculum grade) {
      return grade.level().secondary();
    }

    @Override
    public String pointer() {
      return "/secondary";
    }
  }

  record Primary(PrimaryYearContent year) implements RecordContent {
    @Override
    public List<Violation> draftProblems(GradeCurriculum grade) {
      return ContentChecks.primaryDraft(grade, year);
    }

    @Override
    public List<Violation> completeProblems(GradeCurriculum grade) {
      return ContentChecks.primaryComplete(grade, year);
    }

    @Override
    public RecordResults evaluate(GradeCurriculum grade) {
      return new RecordResults.Primary(PrimaryAssessment.evaluate(grade, year));
    }

    @Override
    public boolean fits(GradeCurriculum grade) {
      return !grade.level().secondary();
    }

    @Override
    public String pointer() {
      return "/primary";
    }
  }

  /** The computed results of a year. */
  sealed interface RecordResults {

    /** Whether the year's results complete the grade (promotion, or completion of the level). */
    boolean completesGrade();

    record Secondary(SecondaryYearResult year) implements RecordResults {
      @Override
      public boolean completesGrade() {
        return year.decision() instanceof YearEndDecision.Promoted;
      }
    }

    record Primary(PrimaryYearResult year) implements RecordResults {
      @Override
      public boolean completesGrade() {
        return year.completesGrade();
      }
    }
  }
}
