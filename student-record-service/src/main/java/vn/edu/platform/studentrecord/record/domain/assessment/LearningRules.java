package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The learning result of one period from its subjects' marks (Circular 22/2021, Art. 9.2-9.3). */
final class LearningRules {

  static final BigDecimal EIGHT = new BigDecimal("8.0");
  static final BigDecimal SIX_AND_A_HALF = new BigDecimal("6.5");
  static final BigDecimal FIVE = new BigDecimal("5.0");
  static final BigDecimal THREE_AND_A_HALF = new BigDecimal("3.5");

  /** "At least 6 subjects" of Art. 9.2.a-c. */
  static final int SUBJECTS_AT_THRESHOLD = 6;

  private LearningRules() {}

  /**
   * The level the thresholds of Art. 9.2 give.
   *
   * <ul>
   *   <li>Tốt: every comment subject Đạt; every scored subject ≥ 6.5, at least 6 of them ≥ 8.0;
   *   <li>Khá: every comment subject Đạt; every scored subject ≥ 5.0, at least 6 of them ≥ 6.5;
   *   <li>Đạt: at most one comment subject Chưa đạt; at least 6 scored subjects ≥ 5.0, none below
   *       3.5;
   *   <li>Chưa đạt: otherwise.
   * </ul>
   */
  static LearningLevel computedLevel(List<Mark> marks) {
    long commentsNotPassed =
        marks.stream().filter(m -> m.comment() == CommentResult.NOT_PASSED).count();
    List<BigDecimal> averages = marks.stream().map(Mark::average).filter(a -> a != null).toList();
    if (commentsNotPassed == 0 && all(averages, SIX_AND_A_HALF) && atLeastSix(averages, EIGHT)) {
      return LearningLevel.GOOD;
    }
    if (commentsNotPassed == 0 && all(averages, FIVE) && atLeastSix(averages, SIX_AND_A_HALF)) {
      return LearningLevel.FAIR;
    }
    if (commentsNotPassed <= 1 && atLeastSix(averages, FIVE) && all(averages, THREE_AND_A_HALF)) {
      return LearningLevel.PASS;
    }
    return LearningLevel.FAIL;
  }

  /**
   * The learning result with the adjustment of Art. 9.3: when the level is two or more steps below
   * the level the student would have had but for one single subject, it is raised one step. Read
   * as: each subject in turn gets the best mark (10.0 or Đạt) and the level is recomputed; if the
   * best of these levels is two or more steps above the computed one, the result is the computed
   * level raised one step, because of the first subject (in the record's order) that reaches that
   * best level.
   */
  static LearningResult result(List<Mark> marks) {
    LearningLevel computed = computedLevel(marks);
    LearningLevel butForOne = computed;
    @Nullable String because = null;
    for (int i = 0; i < marks.size(); i++) {
      List<Mark> replaced = new ArrayList<>(marks);
      replaced.set(i, marks.get(i).best());
      LearningLevel level = computedLevel(replaced);
      if (level.stepsAbove(butForOne) > 0) {
        butForOne = level;
        because = marks.get(i).subjectCode();
      }
    }
    if (because != null && butForOne.stepsAbove(computed) >= 2) {
      return new LearningResult(computed.oneStepUp(), computed, because);
    }
    return new LearningResult(computed, computed, null);
  }

  private static boolean all(List<BigDecimal> averages, BigDecimal threshold) {
    return averages.stream().allMatch(a -> a.compareTo(threshold) >= 0);
  }

  private static boolean atLeastSix(List<BigDecimal> averages, BigDecimal threshold) {
    return averages.stream().filter(a -> a.compareTo(threshold) >= 0).count()
        >= SUBJECTS_AT_THRESHOLD;
  }
}
