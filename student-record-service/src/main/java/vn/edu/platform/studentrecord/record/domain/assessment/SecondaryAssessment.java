package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectResult.Period;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Promoted;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.RepeatReason;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Repeats;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.SummerWork;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;

/**
 * The computations of Circular 22/2021/TT-BGDĐT on a complete secondary year: subject averages
 * (Art. 9.1.b), learning results (Art. 9.2-9.3), the year-end decision (Art. 12-14), the outcome
 * after the summer, and the awards (Art. 15). Only for complete content: anything else is refused
 * with an {@link InvalidContentException}.
 */
public final class SecondaryAssessment {

  /** The most sessions absent in a year that still allow promotion (Art. 12.1.c). */
  public static final int MAX_ABSENCES_FOR_PROMOTION = 45;

  /** The year average under which a scored subject is re-assessed in the summer (Art. 14). */
  static final BigDecimal REASSESSMENT_THRESHOLD = LearningRules.FIVE;

  /** The year average that counts towards Học sinh Xuất sắc (Art. 15.1.a). */
  static final BigDecimal EXCELLENCE_THRESHOLD = new BigDecimal("9.0");

  /** Weights of the mid-term and the end-of-term scores in a semester average (Art. 9.1.b). */
  private static final int MID_TERM_WEIGHT = 2;

  private static final int END_OF_TERM_WEIGHT = 3;

  private SecondaryAssessment() {}

  /**
   * The semester subject average ĐTBmhk = (Σ ĐĐGtx + 2 · ĐĐGgk + 3 · ĐĐGck) / (number of ĐĐGtx +
   * 5), rounded once, from the exact quotient, to one decimal half up (Art. 9.1.b). Each regular
   * score weighs one; the regular scores are not averaged first.
   *
   * @throws IllegalArgumentException if a score is missing or invalid, or there is no regular score
   */
  public static BigDecimal semesterAverage(ScoredSemester s) {
    if (s.regular().isEmpty()) {
      throw new IllegalArgumentException("a semester average needs regular assessments");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal regular : s.regular()) {
      sum = sum.add(validScore(regular, "regular"));
    }
    BigDecimal midTerm = validScore(s.midTerm(), "midTerm");
    BigDecimal endOfTerm = validScore(s.endOfTerm(), "endOfTerm");
    sum =
        sum.add(midTerm.multiply(BigDecimal.valueOf(MID_TERM_WEIGHT)))
            .add(endOfTerm.multiply(BigDecimal.valueOf(END_OF_TERM_WEIGHT)));
    return Scores.divideToOneDecimal(
        sum, s.regular().size() + MID_TERM_WEIGHT + END_OF_TERM_WEIGHT);
  }

  /**
   * The year subject average ĐTBmcn = (ĐTBmhk I + 2 · ĐTBmhk II) / 3, rounded to one decimal half
   * up (Art. 9.1.b), computed from the semester averages as the học bạ prints them, i.e. already
   * rounded.
   *
   * @throws IllegalArgumentException if an average is not a valid score
   */
  public static BigDecimal yearAverage(BigDecimal semester1, BigDecimal semester2) {
    BigDecimal s1 = validScore(semester1, "semester1");
    BigDecimal s2 = validScore(semester2, "semester2");
    return Scores.divideToOneDecimal(s1.add(s2.multiply(BigDecimal.TWO)), 3);
  }

  /**
   * Everything a complete year gives: each subject's results, the learning results of both
   * semesters and the year, the year-end decision and the award.
   *
   * @throws InvalidContentException if {@link ContentChecks#secondaryComplete} finds anything
   */
  public static SecondaryYearResult evaluate(GradeCurriculum grade, SecondaryYearContent c) {
    var violations = ContentChecks.secondaryComplete(grade, c);
    if (!violations.isEmpty()) {
      throw new InvalidContentException(violations);
    }
    List<SubjectResult> subjects = c.subjects().stream().map(SecondaryAssessment::result).toList();
    ConductLevel conduct = Objects.requireNonNull(c.conductYear());
    LearningResult year = learning(subjects, Period.YEAR);
    return new SecondaryYearResult(
        subjects,
        learning(subjects, Period.SEMESTER_1),
        learning(subjects, Period.SEMESTER_2),
        year,
        conduct,
        c.absences(),
        decision(grade, subjects, year, conduct, c.absences()),
        award(subjects, year, conduct));
  }

  /**
   * The outcome after the summer when the year-end decision was {@link SummerWork} with no
   * comment-only subject to re-assess; see {@link #afterSummer(GradeCurriculum,
   * SecondaryYearResult, Map, Map, ConductLevel)}.
   */
  public static SecondaryYearResult afterSummer(
      GradeCurriculum grade,
      SecondaryYearResult yearEnd,
      Map<String, BigDecimal> reassessmentScores,
      @Nullable ConductLevel conductAfterTraining) {
    return afterSummer(grade, yearEnd, reassessmentScores, Map.of(), conductAfterTraining);
  }

  /**
   * The outcome after the summer (Art. 12-14). Each re-assessment replaces the year result of its
   * subject (a score the year average, Đạt / Chưa đạt the year result) and the year learning result
   * is computed again, with the adjustment of Art. 9.3; the conduct re-assessed after training
   * replaces the year conduct. The student is then promoted if both are at least Đạt, and repeats
   * the year otherwise. A subject to re-assess that has no re-assessment keeps its year result. The
   * semester results stay as they were; the award stays none (awards are given at the end of the
   * school year, Art. 15.1.a, and summer work means there was none).
   *
   * @param reassessmentScores re-assessment scores by subject code, for scored subjects
   * @param reassessedComments re-assessment results by subject code, for comment-only subjects
   * @param conductAfterTraining the conduct the homeroom teacher re-assessed after summer training;
   *     required exactly when the training was due
   * @throws IllegalArgumentException if the year-end decision was not summer work, a re-assessment
   *     is given for a subject that was not to be re-assessed or of the wrong kind, a score is
   *     invalid, or the conduct after training is missing or not due
   */
  public static SecondaryYearResult afterSummer(
      GradeCurriculum grade,
      SecondaryYearResult yearEnd,
      Map<String, BigDecimal> reassessmentScores,
      Map<String, CommentResult> reassessedComments,
      @Nullable ConductLevel conductAfterTraining) {
    if (!(yearEnd.decision() instanceof SummerWork summer)) {
      throw new IllegalArgumentException(
          "only a year that ended with summer work has an outcome after the summer");
    }
    if (summer.conductTraining() != (conductAfterTraining != null)) {
      throw new IllegalArgumentException(
          summer.conductTraining()
              ? "the conduct after summer training is required"
              : "no conduct training was due");
    }
    Map<String, SubjectResult> subjects = new LinkedHashMap<>();
    yearEnd.subjects().forEach(s -> subjects.put(s.subjectCode(), s));
    reassessmentScores.forEach(
        (code, score) -> {
          SubjectResult before = toReassess(summer, subjects, code, AssessmentKind.SCORED);
          BigDecimal year = Scores.printed(validScore(score, code));
          subjects.put(
              code,
              SubjectResult.scored(
                  code,
                  Objects.requireNonNull(before.semester1Average()),
                  Objects.requireNonNull(before.semester2Average()),
                  year));
        });
    reassessedComments.forEach(
        (code, result) -> {
          SubjectResult before = toReassess(summer, subjects, code, AssessmentKind.COMMENT_ONLY);
          subjects.put(
              code,
              SubjectResult.comment(
                  code,
                  Objects.requireNonNull(before.semester1Result()),
                  Objects.requireNonNull(before.semester2Result()),
                  Objects.requireNonNull(result, code)));
        });
    List<SubjectResult> after = List.copyOf(subjects.values());
    LearningResult year = summer.reassessment() ? learning(after, Period.YEAR) : yearEnd.year();
    ConductLevel conduct =
        conductAfterTraining != null ? conductAfterTraining : yearEnd.conductYear();
    List<RepeatReason> reasons = new ArrayList<>();
    if (!conduct.atLeast(ConductLevel.PASS)) {
      reasons.add(RepeatReason.CONDUCT_NOT_PASSED_AFTER_TRAINING);
    }
    if (!year.level().atLeast(LearningLevel.PASS)) {
      reasons.add(RepeatReason.LEARNING_NOT_PASSED_AFTER_REASSESSMENT);
    }
    YearEndDecision decision =
        reasons.isEmpty() ? new Promoted(completesLevel(grade)) : new Repeats(reasons);
    return new SecondaryYearResult(
        after,
        yearEnd.semester1(),
        yearEnd.semester2(),
        year,
        conduct,
        yearEnd.absences(),
        decision,
        null);
  }

  private static SubjectResult toReassess(
      SummerWork summer, Map<String, SubjectResult> subjects, String code, AssessmentKind kind) {
    SubjectResult subject = subjects.get(code);
    if (subject == null || !summer.subjectsToReassess().contains(code)) {
      throw new IllegalArgumentException("the subject " + code + " was not to be re-assessed");
    }
    if (subject.kind() != kind) {
      throw new IllegalArgumentException(
          "the subject " + code + " is " + subject.kind() + ", re-assessed as " + kind);
    }
    return subject;
  }

  private static SubjectResult result(SecondarySubjectAssessment subject) {
    String code = subject.subjectCode();
    return switch (subject.semester1()) {
      case ScoredSemester s1 -> {
        BigDecimal a1 = semesterAverage(s1);
        BigDecimal a2 =
            semesterAverage((ScoredSemester) Objects.requireNonNull(subject.semester2()));
        yield SubjectResult.scored(code, a1, a2, yearAverage(a1, a2));
      }
      case CommentSemester s1 -> {
        CommentResult r1 = Objects.requireNonNull(s1.result());
        CommentResult r2 =
            Objects.requireNonNull(
                ((CommentSemester) Objects.requireNonNull(subject.semester2())).result());
        // Art. 9.1.a: the year is Đạt if semester II is Đạt, Chưa đạt otherwise
        yield SubjectResult.comment(code, r1, r2, r2);
      }
      case null -> throw new IllegalArgumentException(code + ": semester I is missing");
    };
  }

  private static LearningResult learning(List<SubjectResult> subjects, Period period) {
    return LearningRules.result(subjects.stream().map(s -> s.mark(period)).toList());
  }

  /**
   * The year-end decision (Art. 12-14): more than 45 sessions absent repeats the year whatever the
   * results; otherwise learning and conduct both at least Đạt promote; otherwise summer work, the
   * re-assessment of the subjects below the threshold when learning is Chưa đạt and conduct
   * training when conduct is Chưa đạt, both at once if both are.
   */
  private static YearEndDecision decision(
      GradeCurriculum grade,
      List<SubjectResult> subjects,
      LearningResult year,
      ConductLevel conduct,
      int absences) {
    if (absences > MAX_ABSENCES_FOR_PROMOTION) {
      return new Repeats(List.of(RepeatReason.TOO_MANY_ABSENCES));
    }
    boolean learningPassed = year.level().atLeast(LearningLevel.PASS);
    boolean conductPassed = conduct.atLeast(ConductLevel.PASS);
    if (learningPassed && conductPassed) {
      return new Promoted(completesLevel(grade));
    }
    List<String> toReassess =
        learningPassed
            ? List.of()
            : subjects.stream()
                .filter(SecondaryAssessment::belowThreshold)
                .map(SubjectResult::subjectCode)
                .toList();
    return new SummerWork(toReassess, !conductPassed);
  }

  /** Art. 14: a comment-only subject at Chưa đạt, a scored subject with ĐTBmcn below 5.0. */
  private static boolean belowThreshold(SubjectResult subject) {
    return subject.isScored()
        ? Objects.requireNonNull(subject.yearAverage()).compareTo(REASSESSMENT_THRESHOLD) < 0
        : subject.yearResult() == CommentResult.NOT_PASSED;
  }

  /**
   * Art. 15.1.a: Học sinh Xuất sắc for learning and conduct both Tốt and at least 6 scored subjects
   * with a year average of 9.0 or more; Học sinh Giỏi for learning and conduct both Tốt otherwise.
   */
  private static @Nullable Award award(
      List<SubjectResult> subjects, LearningResult year, ConductLevel conduct) {
    if (year.level() != LearningLevel.GOOD || conduct != ConductLevel.GOOD) {
      return null;
    }
    long excellent =
        subjects.stream()
            .filter(SubjectResult::isScored)
            .filter(
                s -> Objects.requireNonNull(s.yearAverage()).compareTo(EXCELLENCE_THRESHOLD) >= 0)
            .count();
    return excellent >= LearningRules.SUBJECTS_AT_THRESHOLD ? Award.EXCELLENT : Award.GOOD;
  }

  /** Grades 9 and 12 end their level: promotion there completes the programme. */
  private static boolean completesLevel(GradeCurriculum grade) {
    return grade.grade() == 9 || grade.grade() == 12;
  }

  private static BigDecimal validScore(@Nullable BigDecimal score, String what) {
    if (score == null) {
      throw new IllegalArgumentException(what + ": the score is missing");
    }
    if (!Scores.valid(score)) {
      throw new IllegalArgumentException(
          what + ": " + score.toPlainString() + " is not a score of 0-10 with one decimal");
    }
    return score;
  }
}
