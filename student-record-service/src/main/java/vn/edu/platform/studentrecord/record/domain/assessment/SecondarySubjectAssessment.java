package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subject of a secondary year as submitted.
 *
 * @param subjectCode the subject's code in the catalogue, e.g. {@code toan}
 * @param semester1 semester I, {@code null} while a draft has none
 * @param semester2 semester II, {@code null} while a draft has none
 * @param teacherComment the subject teacher's comment (nhận xét), optional as the học bạ has it
 *     ("nếu có")
 */
public record SecondarySubjectAssessment(
    String subjectCode,
    @Nullable SemesterAssessment semester1,
    @Nullable SemesterAssessment semester2,
    @Nullable String teacherComment) {

  public SecondarySubjectAssessment {
    Objects.requireNonNull(subjectCode, "subjectCode");
  }

  /** Semester I or II. */
  @Nullable SemesterAssessment semester(int semester) {
    return semester == 1 ? semester1 : semester2;
  }
}
