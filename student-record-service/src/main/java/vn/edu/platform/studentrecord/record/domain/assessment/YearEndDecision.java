package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.List;

/**
 * What follows from a secondary year (Circular 22/2021, Art. 12-14): the student is promoted, has
 * summer work to do first (re-assessment of subjects, conduct training, or both at once), or
 * repeats the year.
 */
public sealed interface YearEndDecision {

  /**
   * Promoted (lên lớp); in grades 9 and 12 recognised as having completed the lower or upper
   * secondary programme (Art. 12.1).
   *
   * @param completesLevel whether the grade is the last of its level (9 or 12)
   */
  record Promoted(boolean completesLevel) implements YearEndDecision {}

  /**
   * Not promoted yet: summer work decides (Art. 12.2). Re-assessment of the listed subjects (kiểm
   * tra, đánh giá lại, Art. 14), summer conduct training (rèn luyện trong kỳ nghỉ hè, Art. 13), or
   * both.
   *
   * @param subjectsToReassess the codes of the comment-only subjects at Chưa đạt and of the scored
   *     subjects with a year average below 5.0, in the record's order; empty when only conduct
   *     training is due
   * @param conductTraining whether the year conduct is Chưa đạt, so summer training is due
   */
  record SummerWork(List<String> subjectsToReassess, boolean conductTraining)
      implements YearEndDecision {

    public SummerWork {
      subjectsToReassess = List.copyOf(subjectsToReassess);
      if (subjectsToReassess.isEmpty() && !conductTraining) {
        throw new IllegalArgumentException("summer work re-assesses subjects or trains conduct");
      }
    }

    /** Whether subjects are to be re-assessed. */
    public boolean reassessment() {
      return !subjectsToReassess.isEmpty();
    }
  }

  /**
   * Repeats the year (ở lại lớp; in grades 9 and 12, not recognised as having completed the level),
   * with the reasons (Art. 12.3).
   */
  record Repeats(List<RepeatReason> reasons) implements YearEndDecision {

    public Repeats {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a repeated year says why");
      }
    }
  }

  /** Why a student repeats the year. */
  enum RepeatReason {
    /** More than 45 sessions absent in the year (Art. 12.1.c). */
    TOO_MANY_ABSENCES,
    /** The year learning result is still Chưa đạt after the summer re-assessment (Art. 14). */
    LEARNING_NOT_PASSED_AFTER_REASSESSMENT,
    /** The conduct re-assessed after summer training is still Chưa đạt (Art. 13.3). */
    CONDUCT_NOT_PASSED_AFTER_TRAINING
  }

  /** Whether the student goes on to the next grade (or completes the level). */
  default boolean promoted() {
    return this instanceof Promoted;
  }
}
