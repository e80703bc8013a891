package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subject of a primary year as submitted (Circular 27/2020, Art. 6-7).
 *
 * @param subjectCode the subject's code in the catalogue, e.g. {@code tieng-viet}
 * @param semester1Level the level at the end of semester I
 * @param yearLevel the level at the end of the year
 * @param semester1Test the end-of-semester-I test (bài kiểm tra định kì), a whole number 0-10, only
 *     for a subject with tests
 * @param yearTest the end-of-year test, a whole number 0-10, only for a subject with tests
 * @param teacherComment the teacher's comment, optional
 */
public record PrimarySubjectAssessment(
    String subjectCode,
    @Nullable SubjectLevel semester1Level,
    @Nullable SubjectLevel yearLevel,
    @Nullable Integer semester1Test,
    @Nullable Integer yearTest,
    @Nullable String teacherComment) {

  public PrimarySubjectAssessment {
    Objects.requireNonNull(subjectCode, "subjectCode");
  }
}
