package vn.edu.platform.studentrecord.record.application.port.in;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;

/**
 * A school's grade sheet, one line per student and subject (bảng điểm), as schools export it from
 * their grade books: each line is merged into the student's draft record of the year (the subject's
 * two semesters replaced, conduct and absences set when the line carries them), so that a sheet may
 * come in several files, in any order.
 */
public interface EnterGradeSheetUseCase {

  /**
   * One semester's marks of a subject: scores of a scored subject, or a comment subject's result.
   */
  record SemesterMarks(
      List<BigDecimal> regular,
      @Nullable BigDecimal midTerm,
      @Nullable BigDecimal endOfTerm,
      @Nullable CommentResult result) {

    public boolean empty() {
      return regular.isEmpty() && midTerm == null && endOfTerm == null && result == null;
    }
  }

  record GradeSheetLine(
      String studentCode,
      String schoolYear,
      String subjectCode,
      SemesterMarks semester1,
      SemesterMarks semester2,
      @Nullable String comment,
      @Nullable ConductLevel conductSemester1,
      @Nullable ConductLevel conductSemester2,
      @Nullable ConductLevel conductYear,
      @Nullable Integer absencesSemester1,
      @Nullable Integer absencesSemester2) {}

  /** Merges the line into the student's record; refused like a submission of the whole record. */
  void enter(Actor actor, GradeSheetLine line);
}
