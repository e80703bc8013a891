package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a complete secondary year gives (Circular 22/2021): each subject's results, the learning
 * result of each semester and of the year, the year conduct, the sessions absent, the year-end
 * decision and the award.
 *
 * @param subjects one result per subject, in the content's order
 * @param conductYear the year conduct as the homeroom teacher set it (after summer training, as
 *     re-assessed)
 * @param absences sessions absent in the year, both semesters
 * @param award the year-end award, {@code null} for none
 */
public record SecondaryYearResult(
    List<SubjectResult> subjects,
    LearningResult semester1,
    LearningResult semester2,
    LearningResult year,
    ConductLevel conductYear,
    int absences,
    YearEndDecision decision,
    @Nullable Award award) {

  public SecondaryYearResult {
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(semester1, "semester1");
    Objects.requireNonNull(semester2, "semester2");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(conductYear, "conductYear");
    Objects.requireNonNull(decision, "decision");
  }
}
