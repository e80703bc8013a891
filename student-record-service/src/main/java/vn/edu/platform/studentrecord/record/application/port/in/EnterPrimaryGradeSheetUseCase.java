package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;

/**
 * A primary school's grade sheet (bảng tổng hợp kết quả đánh giá, grades 1-5, Circular 27/2020),
 * one line per student and subject, the sibling of {@link EnterGradeSheetUseCase}: each line is
 * merged into the student's draft primary record of the year (the subject's entry replaced; the
 * qualities, competencies and absences the line carries set, the others left as they are), so that
 * a sheet may come in several files, in any order. The record's own rules judge the merged content,
 * as they judge a submission of the whole record.
 */
public interface EnterPrimaryGradeSheetUseCase {

  /**
   * One line of the sheet.
   *
   * @param semester1Test the end-of-semester-I test, already a whole number (the adapter refuses
   *     7.5 where it reads the cell, with the domain's own check)
   * @param qualities the qualities the line assesses; those it leaves out keep their level
   * @param competencies the competencies the line assesses; same
   * @param absencesSemester1 null: the record's count stays
   */
  record PrimaryGradeSheetLine(
      String studentCode,
      String schoolYear,
      String subjectCode,
      @Nullable SubjectLevel semester1Level,
      @Nullable Integer semester1Test,
      @Nullable SubjectLevel yearLevel,
      @Nullable Integer yearTest,
      @Nullable String teacherComment,
      Map<Quality, CompetenceLevel> qualities,
      Map<Competency, CompetenceLevel> competencies,
      @Nullable Integer absencesSemester1,
      @Nullable Integer absencesSemester2) {

    public PrimaryGradeSheetLine {
      qualities = Map.copyOf(qualities);
      competencies = Map.copyOf(competencies);
    }
  }

  /**
   * Merges the line into the student's record; refused like a submission of the whole record
   * ({@code student-not-enrolled} for a student the actor's school does not hold that year, {@code
   * content-level-mismatch} for a student of grades 6-12, the content rules' violations under
   * {@code /content/primary}).
   */
  void enter(Actor actor, PrimaryGradeSheetLine line);
}
