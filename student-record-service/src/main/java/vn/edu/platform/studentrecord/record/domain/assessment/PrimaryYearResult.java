package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.List;
import java.util.Objects;

/**
 * What a complete primary year gives (Circular 27/2020).
 *
 * @param outcome the year outcome (Art. 9.2)
 * @param completesGrade whether the student completes the grade's programme (Art. 11.1)
 * @param completesPrimaryLevel whether the student completes the primary programme: grade 5 and the
 *     grade completed (Art. 11.4)
 * @param subjectsNotCompleted the codes of the subjects at Chưa hoàn thành at the end of the year,
 *     those the teacher plans further help and a supplementary assessment for (Art. 11.2)
 * @param absences sessions absent in the year (recorded; Circular 27 sets no limit)
 */
public record PrimaryYearResult(
    PrimaryOutcome outcome,
    boolean completesGrade,
    boolean completesPrimaryLevel,
    List<String> subjectsNotCompleted,
    int absences) {

  public PrimaryYearResult {
    Objects.requireNonNull(outcome, "outcome");
    subjectsNotCompleted = List.copyOf(subjectsNotCompleted);
    if (completesGrade != outcome.completesGrade()) {
      throw new IllegalArgumentException("completesGrade follows the outcome");
    }
    if (completesPrimaryLevel && !completesGrade) {
      throw new IllegalArgumentException("the primary level is completed with the grade");
    }
  }
}
