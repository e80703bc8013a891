package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;

/**
 * The checks of a year's content against the grade's curriculum, at two levels: a <em>draft</em>
 * may be incomplete (a value may be missing, but every value given must be valid); a
 * <em>complete</em> record, needed to verify and confirm it, has every value required. Every
 * problem is reported at once, each at the JSON pointer (relative to the content object) of the
 * value at fault.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>where</th><th>level</th></tr>
 *   <tr><td>unknown-subject, duplicate-subject</td><td>/subjects/i/subjectCode</td><td>both</td></tr>
 *   <tr><td>missing-subject</td><td>/subjects</td><td>complete</td></tr>
 *   <tr><td>elective-count</td><td>/subjects</td><td>above the maximum: both; below the minimum:
 *     complete</td></tr>
 *   <tr><td>assessment-kind-mismatch</td><td>/subjects/i/semester1</td><td>both</td></tr>
 *   <tr><td>wrong-regular-assessment-count</td><td>/subjects/i/semester1/regular</td><td>more
 *     than the subject takes: both; any other number: complete</td></tr>
 *   <tr><td>score-out-of-range, score-too-precise</td><td>/subjects/i/semester1/regular/j,
 *     …/midTerm, …/endOfTerm</td><td>both</td></tr>
 *   <tr><td>missing-assessment</td><td>/subjects/i/semester1</td><td>complete</td></tr>
 *   <tr><td>missing-score</td><td>/subjects/i/semester1/regular/j, …/midTerm,
 *     …/endOfTerm</td><td>complete</td></tr>
 *   <tr><td>missing-result</td><td>/subjects/i/semester1/result</td><td>complete</td></tr>
 *   <tr><td>missing-conduct</td><td>/conductSemester1, /conductSemester2,
 *     /conductYear</td><td>complete</td></tr>
 *   <tr><td>absences-out-of-range</td><td>/absencesSemester1, /absencesSemester2</td>
 *     <td>both</td></tr>
 *   <tr><td>missing-level</td><td>/subjects/i/semester1Level, /subjects/i/yearLevel</td>
 *     <td>complete</td></tr>
 *   <tr><td>no-test-for-subject</td><td>/subjects/i/semester1Test, /subjects/i/yearTest</td>
 *     <td>both</td></tr>
 *   <tr><td>test-score-out-of-range</td><td>/subjects/i/semester1Test, /subjects/i/yearTest</td>
 *     <td>both</td></tr>
 *   <tr><td>test-score-not-whole, test-score-out-of-range</td><td>the pointer given to {@link
 *     #rawTestScore}</td><td>both (an {@code Integer} cannot hold 7.5: the adapter checks the
 *     number as it arrives)</td></tr>
 *   <tr><td>missing-test-score</td><td>/subjects/i/semester1Test, /subjects/i/yearTest</td>
 *     <td>complete</td></tr>
 *   <tr><td>missing-quality, missing-competency</td><td>/qualities/NAME,
 *     /competencies/NAME</td><td>complete</td></tr>
 * </table>
 *
 * <p>A map's key in a pointer is the enum constant's name ({@code /qualities/HONESTY}), as a JSON
 * object keyed by the enums has it.
 */
public final class ContentChecks {

  /** The most sessions a semester can have absent; more is a typing error, not an absence. */
  static final int MAX_ABSENCES_PER_SEMESTER = 200;

  private static final int MAX_TEST_SCORE = 10;

  private ContentChecks() {}

  /** The checks of a secondary draft: every value given is valid. */
  public static List<Violation> secondaryDraft(GradeCurriculum grade, SecondaryYearContent c) {
    return secondary(grade, c, false);
  }

  /** The checks of a complete secondary record: every value given is valid and none is missing. */
  public static List<Violation> secondaryComplete(GradeCurriculum grade, SecondaryYearContent c) {
    return secondary(grade, c, true);
  }

  /** The checks of a primary draft: every value given is valid. */
  public static List<Violation> primaryDraft(GradeCurriculum grade, PrimaryYearContent c) {
    return primary(grade, c, false);
  }

  /** The checks of a complete primary record: every value given is valid and none is missing. */
  public static List<Violation> primaryComplete(GradeCurriculum grade, PrimaryYearContent c) {
    return primary(grade, c, true);
  }

  /**
   * The checks of a primary test score as it arrives, before it becomes the {@code Integer} of
   * {@link PrimarySubjectAssessment}: a whole number 0-10 (Circular 27/2020, Art. 7.2). For an
   * adapter that reads the number as a decimal, so that 7.5 is refused rather than cut to 7.
   *
   * @param pointer where the score is, e.g. {@code /subjects/0/yearTest}
   */
  public static List<Violation> rawTestScore(String pointer, @Nullable BigDecimal score) {
    if (score == null) {
      return List.of();
    }
    if (score.stripTrailingZeros().scale() > 0) {
      return List.of(
          Violation.withMessage(
              pointer,
              "test-score-not-whole",
              "A primary test is scored in whole numbers, not " + score.toPlainString() + "."));
    }
    if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(MAX_TEST_SCORE)) > 0) {
      return List.of(testScoreOutOfRange(pointer, score.toPlainString()));
    }
    return List.of();
  }

  private static List<Violation> secondary(
      GradeCurriculum grade, SecondaryYearContent c, boolean complete) {
    if (!grade.level().secondary()) {
      throw new IllegalArgumentException(
          "grade " + grade.grade() + " is assessed under Circular 27/2020, not 22/2021");
    }
    Checker check = new Checker(complete);
    List<Optional<Subject>> subjects =
        check.subjectList(grade, c.subjects().stream().map(s -> s.subjectCode()).toList());
    for (int i = 0; i < c.subjects().size(); i++) {
      Optional<Subject> subject = subjects.get(i);
      if (subject.isEmpty()) {
        continue;
      }
      for (int semester = 1; semester <= 2; semester++) {
        check.semester(
            subject.get(),
            c.subjects().get(i).semester(semester),
            "/subjects/" + i + "/semester" + semester);
      }
    }
    check.conduct(c.conductSemester1(), "/conductSemester1");
    check.conduct(c.conductSemester2(), "/conductSemester2");
    check.conduct(c.conductYear(), "/conductYear");
    check.absences(c.absencesSemester1(), "/absencesSemester1");
    check.absences(c.absencesSemester2(), "/absencesSemester2");
    return check.violations();
  }

  private static List<Violation> primary(
      GradeCurriculum grade, PrimaryYearContent c, boolean complete) {
    if (grade.level().secondary()) {
      throw new IllegalArgumentException(
          "grade " + grade.grade() + " is assessed under Circular 22/2021, not 27/2020");
    }
    Checker check = new Checker(complete);
    List<Optional<Subject>> subjects =
        check.subjectList(grade, c.subjects().stream().map(s -> s.subjectCode()).toList());
    for (int i = 0; i < c.subjects().size(); i++) {
      Optional<Subject> subject = subjects.get(i);
      if (subject.isPresent()) {
        check.primarySubject(subject.get(), c.subjects().get(i), "/subjects/" + i);
      }
    }
    for (Quality quality : Quality.values()) {
      check.required(
          c.qualities().get(quality),
          "/qualities/" + quality.name(),
          "missing-quality",
          "The quality " + quality.vietnameseName() + " is not assessed.");
    }
    for (Competency competency : Competency.values()) {
      if (competency.requiredIn(grade.grade())) {
        check.required(
            c.competencies().get(competency),
            "/competencies/" + competency.name(),
            "missing-competency",
            "The competency " + competency.vietnameseName() + " is not assessed.");
      }
    }
    check.absences(c.absencesSemester1(), "/absencesSemester1");
    check.absences(c.absencesSemester2(), "/absencesSemester2");
    return check.violations();
  }

  private static Violation testScoreOutOfRange(String pointer, String score) {
    return Violation.withMessage(
        pointer, "test-score-out-of-range", "A primary test is scored 0-10, not " + score + ".");
  }

  /** Collects the violations of one content, knowing whether it must be complete. */
  private static final class Checker {

    private final boolean complete;
    private final List<Violation> violations = new ArrayList<>();

    Checker(boolean complete) {
      this.complete = complete;
    }

    List<Violation> violations() {
      return List.copyOf(violations);
    }

    private void add(String pointer, String code, String message) {
      violations.add(Violation.withMessage(pointer, code, message));
    }

    /** A missing value is a violation of a complete record only. */
    void required(@Nullable Object value, String pointer, String code, String message) {
      if (value == null && complete) {
        add(pointer, code, message);
      }
    }

    /**
     * The subjects against the curriculum: each known and once, the compulsory ones present (when
     * complete), the number of electives within the grade's bounds. Returns, per entry, its subject
     * when the entry is to be checked further (known, and not a repetition).
     */
    List<Optional<Subject>> subjectList(GradeCurriculum grade, List<String> codes) {
      List<Optional<Subject>> subjects = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int electives = 0;
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        Optional<Subject> subject = grade.subject(code);
        String pointer = "/subjects/" + i + "/subjectCode";
        if (subject.isEmpty()) {
          add(
              pointer,
              "unknown-subject",
              "Grade " + grade.grade() + " has no subject " + code + ".");
        } else if (!seen.add(code)) {
          add(pointer, "duplicate-subject", "The subject " + code + " is given more than once.");
          subject = Optional.empty();
        } else if (subject.get().elective()) {
          electives++;
        }
        subjects.add(subject);
      }
      if (complete) {
        for (Subject compulsory : grade.compulsorySubjects()) {
          if (!seen.contains(compulsory.code())) {
            add(
                "/subjects",
                "missing-subject",
                "The compulsory subject "
                    + compulsory.code()
                    + " ("
                    + compulsory.name()
                    + ") is missing.");
          }
        }
      }
      if (electives > grade.maxElectives() || (complete && electives < grade.minElectives())) {
        add(
            "/subjects",
            "elective-count",
            "Grade "
                + grade.grade()
                + " takes "
                + bounds(grade.minElectives(), grade.maxElectives())
                + " elective subjects, "
                + electives
                + " given.");
      }
      return subjects;
    }

    private static String bounds(int min, int max) {
      return min == max ? Integer.toString(min) : min + "-" + max;
    }

    void semester(Subject subject, @Nullable SemesterAssessment assessment, String pointer) {
      switch (assessment) {
        case null ->
            required(
                null,
                pointer,
                "missing-assessment",
                "The subject " + subject.code() + " has no assessment for this semester.");
        case ScoredSemester scored -> {
          if (subject.kind() != AssessmentKind.SCORED) {
            kindMismatch(subject, pointer, "scores");
          } else {
            scored(subject, scored, pointer);
          }
        }
        case CommentSemester comment -> {
          if (subject.kind() != AssessmentKind.COMMENT_ONLY) {
            kindMismatch(subject, pointer, "a comment result (Đạt / Chưa đạt)");
          } else {
            required(
                comment.result(),
                pointer + "/result",
                "missing-result",
                "The subject " + subject.code() + " has no result (Đạt / Chưa đạt).");
          }
        }
      }
    }

    private void kindMismatch(Subject subject, String pointer, String given) {
      add(
          pointer,
          "assessment-kind-mismatch",
          "The subject "
              + subject.code()
              + " is assessed "
              + (subject.kind() == AssessmentKind.SCORED ? "with scores" : "by comment only")
              + ", but "
              + given
              + " were given.");
    }

    private void scored(Subject subject, ScoredSemester semester, String pointer) {
      int required = subject.regularAssessmentsPerSemester();
      int given = semester.regular().size();
      if (given > required || (complete && given != required)) {
        add(
            pointer + "/regular",
            "wrong-regular-assessment-count",
            "The subject "
                + subject.code()
                + " ("
                + subject.yearlyPeriods()
                + " periods a year) takes "
                + required
                + " regular assessments a semester, "
                + given
                + " given.");
      }
      for (int j = 0; j < given; j++) {
        score(semester.regular().get(j), pointer + "/regular/" + j);
      }
      score(semester.midTerm(), pointer + "/midTerm");
      score(semester.endOfTerm(), pointer + "/endOfTerm");
    }

    private void score(@Nullable BigDecimal score, String pointer) {
      if (score == null) {
        required(null, pointer, "missing-score", "The score is missing.");
      } else if (!Scores.inRange(score)) {
        add(pointer, "score-out-of-range", "A score is 0-10, not " + score.toPlainString() + ".");
      } else if (!Scores.oneDecimal(score)) {
        add(
            pointer,
            "score-too-precise",
            "A score has at most one decimal, not " + score.toPlainString() + ".");
      }
    }

    void conduct(@Nullable ConductLevel conduct, String pointer) {
      required(conduct, pointer, "missing-conduct", "The conduct result is missing.");
    }

    void absences(int absences, String pointer) {
      if (absences < 0 || absences > MAX_ABSENCES_PER_SEMESTER) {
        add(
            pointer,
            "absences-out-of-range",
            "Sessions absent in a semester are 0-"
                + MAX_ABSENCES_PER_SEMESTER
                + ", not "
                + absences
                + ".");
      }
    }

    void primarySubject(Subject subject, PrimarySubjectAssessment assessment, String pointer) {
      required(
          assessment.semester1Level(),
          pointer + "/semester1Level",
          "missing-level",
          "The subject " + subject.code() + " has no level at the end of semester I.");
      required(
          assessment.yearLevel(),
          pointer + "/yearLevel",
          "missing-level",
          "The subject " + subject.code() + " has no level at the end of the year.");
      test(subject, assessment.semester1Test(), pointer + "/semester1Test");
      test(subject, assessment.yearTest(), pointer + "/yearTest");
    }

    private void test(Subject subject, @Nullable Integer score, String pointer) {
      if (subject.kind() != AssessmentKind.PRIMARY_LEVEL_AND_TEST) {
        if (score != null) {
          add(
              pointer,
              "no-test-for-subject",
              "The subject " + subject.code() + " has no periodic test.");
        }
        return;
      }
      if (score == null) {
        required(
            null,
            pointer,
            "missing-test-score",
            "The subject " + subject.code() + " has no test score.");
      } else if (score < 0 || score > MAX_TEST_SCORE) {
        violations.add(testScoreOutOfRange(pointer, score.toString()));
      }
    }
  }
}
