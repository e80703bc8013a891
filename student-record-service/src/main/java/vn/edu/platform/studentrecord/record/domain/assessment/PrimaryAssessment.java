package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;

/**
 * The year outcome of a complete primary year (Circular 27/2020/TT-BGDĐT, Art. 9.2 and 11).
 *
 * <ul>
 *   <li>Hoàn thành xuất sắc: every subject Hoàn thành tốt, every quality and competency Tốt, every
 *       end-of-year test 9 or more;
 *   <li>Hoàn thành tốt: every subject Hoàn thành tốt, every quality and competency Tốt, every
 *       end-of-year test 7 or more;
 *   <li>Hoàn thành: every subject at least Hoàn thành, every quality and competency at least Đạt,
 *       every end-of-year test 5 or more;
 *   <li>Chưa hoàn thành: otherwise.
 * </ul>
 */
public final class PrimaryAssessment {

  static final int LAST_PRIMARY_GRADE = 5;

  private PrimaryAssessment() {}

  /**
   * @throws InvalidContentException if {@link ContentChecks#primaryComplete} finds anything
   */
  public static PrimaryYearResult evaluate(GradeCurriculum grade, PrimaryYearContent c) {
    var violations = ContentChecks.primaryComplete(grade, c);
    if (!violations.isEmpty()) {
      throw new InvalidContentException(violations);
    }
    PrimaryOutcome outcome = outcome(c);
    return new PrimaryYearResult(
        outcome,
        outcome.completesGrade(),
        outcome.completesGrade() && grade.grade() == LAST_PRIMARY_GRADE,
        c.subjects().stream()
            .filter(s -> s.yearLevel() == SubjectLevel.NOT_COMPLETED)
            .map(PrimarySubjectAssessment::subjectCode)
            .toList(),
        c.absences());
  }

  private static PrimaryOutcome outcome(PrimaryYearContent c) {
    List<SubjectLevel> subjects =
        c.subjects().stream().map(s -> Objects.requireNonNull(s.yearLevel())).toList();
    List<CompetenceLevel> competences =
        Stream.concat(c.qualities().values().stream(), c.competencies().values().stream())
            .filter(Objects::nonNull)
            .toList();
    List<Integer> tests =
        c.subjects().stream()
            .map(PrimarySubjectAssessment::yearTest)
            .filter(Objects::nonNull)
            .toList();
    boolean allCompletedWell = all(subjects, SubjectLevel.COMPLETED_WELL);
    boolean allGood = competences.stream().allMatch(l -> l.atLeast(CompetenceLevel.GOOD));
    if (allCompletedWell && allGood && testsAtLeast(tests, 9)) {
      return PrimaryOutcome.EXCELLENT;
    }
    if (allCompletedWell && allGood && testsAtLeast(tests, 7)) {
      return PrimaryOutcome.GOOD;
    }
    if (all(subjects, SubjectLevel.COMPLETED)
        && competences.stream().allMatch(l -> l.atLeast(CompetenceLevel.PASS))
        && testsAtLeast(tests, 5)) {
      return PrimaryOutcome.COMPLETED;
    }
    return PrimaryOutcome.NOT_COMPLETED;
  }

  private static boolean all(Collection<SubjectLevel> levels, SubjectLevel atLeast) {
    return levels.stream().allMatch(l -> l.atLeast(atLeast));
  }

  private static boolean testsAtLeast(List<Integer> tests, int score) {
    return tests.stream().allMatch(t -> t >= score);
  }
}
