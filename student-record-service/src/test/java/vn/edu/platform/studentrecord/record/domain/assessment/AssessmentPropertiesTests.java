package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;

/** Properties of the averages and of the learning result that hold on every sheet. */
class AssessmentPropertiesTests {

  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final GradeCurriculum GRADE_6 = Curricula.grade(6);

  private static BigDecimal tenths(int tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }

  /**
   * Integers spread evenly (jqwik's default favours the bounds, which would make most sheets fail).
   */
  private static Arbitrary<Integer> uniform(int min, int max) {
    return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
  }

  private static Arbitrary<BigDecimal> scores() {
    return Arbitraries.integers().between(0, 100).map(AssessmentPropertiesTests::tenths);
  }

  @Provide
  Arbitrary<ScoredSemester> semesters() {
    return Arbitraries.integers()
        .between(2, 4)
        .flatMap(
            n ->
                Combinators.combine(scores().list().ofSize(n), scores(), scores())
                    .as((regular, mid, end) -> new ScoredSemester(List.copyOf(regular), mid, end)));
  }

  private static boolean multipleOfATenth(BigDecimal value) {
    return value.scale() == 1 && value.remainder(TENTH).signum() == 0;
  }

  @Property
  void aSemesterAverageLiesBetweenTheSmallestAndTheLargestScoreAndIsAMultipleOfATenth(
      @ForAll("semesters") ScoredSemester semester) {
    List<BigDecimal> all = new ArrayList<>();
    semester.regular().forEach(all::add);
    all.add(semester.midTerm());
    all.add(semester.endOfTerm());
    BigDecimal average = SecondaryAssessment.semesterAverage(semester);
    assertThat(average)
        .isBetween(
            all.stream().min(Comparator.naturalOrder()).orElseThrow(),
            all.stream().max(Comparator.naturalOrder()).orElseThrow());
    assertThat(multipleOfATenth(average)).isTrue();
  }

  @Property
  void aYearAverageLiesBetweenTheSemesterAveragesAndIsAMultipleOfATenth(
      @ForAll("semesters") ScoredSemester semester1,
      @ForAll("semesters") ScoredSemester semester2) {
    BigDecimal s1 = SecondaryAssessment.semesterAverage(semester1);
    BigDecimal s2 = SecondaryAssessment.semesterAverage(semester2);
    BigDecimal year = SecondaryAssessment.yearAverage(s1, s2);
    assertThat(year).isBetween(s1.min(s2), s1.max(s2));
    assertThat(multipleOfATenth(year)).isTrue();
  }

  // -- the learning result on one period's marks -------------------------------------------

  /**
   * Eight scored subjects and four comment-only ones, as in grades 6-9: the averages spread around
   * a level of the sheet's own, now and then one far off it, so that every level and the adjustment
   * come up often.
   */
  @Provide
  Arbitrary<List<Mark>> periods() {
    Arbitrary<CommentResult> comment =
        Arbitraries.frequency(
            Tuple.of(11, CommentResult.PASSED), Tuple.of(1, CommentResult.NOT_PASSED));
    return uniform(45, 100)
        .flatMap(
            level -> {
              Arbitrary<Integer> average =
                  Arbitraries.frequencyOf(
                      Tuple.of(7, uniform(Math.max(0, level - 8), Math.min(100, level + 8))),
                      Tuple.of(1, uniform(0, 100)));
              return Combinators.combine(average.list().ofSize(8), comment.list().ofSize(4))
                  .as(AssessmentPropertiesTests::marks);
            });
  }

  private static List<Mark> marks(List<Integer> averages, List<CommentResult> comments) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < averages.size(); i++) {
      marks.add(Mark.score("s" + i, tenths(averages.get(i))));
    }
    for (int i = 0; i < comments.size(); i++) {
      marks.add(Mark.comment("c" + i, comments.get(i)));
    }
    return marks;
  }

  @Property(tries = 2000)
  void theLearningLevelNeverFallsWhenOneMarkRises(
      @ForAll("periods") List<Mark> marks,
      @ForAll @IntRange(min = 0, max = 11) int which,
      @ForAll @IntRange(min = 1, max = 100) int raise) {
    Mark mark = marks.get(which);
    Mark raised =
        mark.scored()
            ? Mark.score(mark.subjectCode(), mark.average().add(tenths(raise)).min(BigDecimal.TEN))
            : Mark.comment(mark.subjectCode(), CommentResult.PASSED);
    List<Mark> after = new ArrayList<>(marks);
    after.set(which, raised);
    assertThat(LearningRules.result(after).level().atLeast(LearningRules.result(marks).level()))
        .isTrue();
  }

  @Property(tries = 2000)
  void theAdjustmentRaisesByOneStepAtMostAndOnlyForASubjectThatAloneHoldsTheLevelDownTwoSteps(
      @ForAll("periods") List<Mark> marks) {
    // the sheets must reach the adjustment and every level often enough to mean something
    Statistics.label("adjusted").coverage(c -> c.check(true).percentage(p -> p >= 3));
    Statistics.label("computed")
        .coverage(
            c -> {
              for (LearningLevel level : LearningLevel.values()) {
                c.check(level).percentage(p -> p >= 5);
              }
            });
    LearningResult result = LearningRules.result(marks);
    int steps = result.level().stepsAbove(result.computedLevel());
    Statistics.label("adjusted").collect(steps == 1);
    Statistics.label("computed").collect(result.computedLevel());
    assertThat(steps).isBetween(0, 1);
    LearningLevel bestButForOne =
        Stream.iterate(0, i -> i < marks.size(), i -> i + 1)
            .map(
                i -> {
                  List<Mark> replaced = new ArrayList<>(marks);
                  replaced.set(i, marks.get(i).best());
                  return LearningRules.computedLevel(replaced);
                })
            .min(Comparator.naturalOrder())
            .orElseThrow();
    if (steps == 1) {
      List<Mark> replaced = new ArrayList<>(marks);
      int because =
          marks.stream().map(Mark::subjectCode).toList().indexOf(result.adjustedBecauseOf());
      replaced.set(because, marks.get(because).best());
      assertThat(LearningRules.computedLevel(replaced).stepsAbove(result.computedLevel()))
          .isGreaterThanOrEqualTo(2);
    } else {
      assertThat(bestButForOne.stepsAbove(result.computedLevel())).isLessThan(2);
    }
  }

  // -- the same end to end, on whole grade 6 sheets ----------------------------------------

  /** The raw scores of a grade 6 sheet: per scored subject, both semesters' scores in a row. */
  @Provide
  Arbitrary<List<List<Integer>>> grade6Scores() {
    return uniform(45, 100).flatMap(AssessmentPropertiesTests::grade6ScoresAround);
  }

  /**
   * Each subject's level near the sheet's (now and then far off), each score near its subject's.
   */
  private static Arbitrary<List<List<Integer>>> grade6ScoresAround(int sheetLevel) {
    List<Arbitrary<List<Integer>>> subjects = new ArrayList<>();
    for (Subject subject : GRADE_6.subjects()) {
      if (subject.kind() != AssessmentKind.SCORED) {
        continue;
      }
      int size = 2 * (subject.regularAssessmentsPerSemester() + 2);
      Arbitrary<Integer> subjectLevel =
          Arbitraries.frequencyOf(
              Tuple.of(7, uniform(Math.max(0, sheetLevel - 8), Math.min(100, sheetLevel + 8))),
              Tuple.of(1, uniform(0, 100)));
      subjects.add(
          subjectLevel.flatMap(
              level ->
                  uniform(Math.max(0, level - 10), Math.min(100, level + 10)).list().ofSize(size)));
    }
    return Combinators.combine(subjects).as(List::copyOf);
  }

  @Property(tries = 300)
  void noLearningResultOfAWholeSheetFallsWhenOneScoreRises(
      @ForAll("grade6Scores") List<List<Integer>> scores,
      @ForAll @IntRange(min = 0, max = 7) int subject,
      @ForAll @IntRange(min = 0, max = 1000) int position,
      @ForAll @IntRange(min = 1, max = 100) int raise) {
    List<List<Integer>> raised = new ArrayList<>(scores);
    List<Integer> subjectScores = new ArrayList<>(scores.get(subject));
    int at = position % subjectScores.size();
    subjectScores.set(at, Math.min(100, subjectScores.get(at) + raise));
    raised.set(subject, subjectScores);

    SecondaryYearResult before = SecondaryAssessment.evaluate(GRADE_6, grade6(scores));
    SecondaryYearResult after = SecondaryAssessment.evaluate(GRADE_6, grade6(raised));
    Statistics.label("year").collect(before.year().level());
    Statistics.label("year adjusted").collect(before.year().adjusted());
    Statistics.label("year")
        .coverage(
            c -> {
              for (LearningLevel level : LearningLevel.values()) {
                c.check(level).percentage(p -> p >= 3);
              }
            });
    assertThat(after.semester1().level().atLeast(before.semester1().level())).isTrue();
    assertThat(after.semester2().level().atLeast(before.semester2().level())).isTrue();
    assertThat(after.year().level().atLeast(before.year().level())).isTrue();
  }

  private static SecondaryYearContent grade6(List<List<Integer>> scores) {
    List<SecondarySubjectAssessment> subjects = new ArrayList<>();
    int scored = 0;
    for (Subject subject : GRADE_6.subjects()) {
      if (subject.kind() == AssessmentKind.COMMENT_ONLY) {
        var passed = new CommentSemester(CommentResult.PASSED);
        subjects.add(new SecondarySubjectAssessment(subject.code(), passed, passed, null));
        continue;
      }
      List<Integer> all = scores.get(scored++);
      int half = all.size() / 2;
      subjects.add(
          new SecondarySubjectAssessment(
              subject.code(),
              semester(all.subList(0, half)),
              semester(all.subList(half, all.size())),
              null));
    }
    return new SecondaryYearContent(
        subjects, ConductLevel.GOOD, ConductLevel.GOOD, ConductLevel.GOOD, 0, 0);
  }

  private static ScoredSemester semester(List<Integer> scores) {
    int regular = scores.size() - 2;
    List<@Nullable BigDecimal> regulars =
        scores.subList(0, regular).stream()
            .map(AssessmentPropertiesTests::tenths)
            .map(b -> (@Nullable BigDecimal) b)
            .toList();
    return new ScoredSemester(
        regulars, tenths(scores.get(regular)), tenths(scores.get(regular + 1)));
  }
}
