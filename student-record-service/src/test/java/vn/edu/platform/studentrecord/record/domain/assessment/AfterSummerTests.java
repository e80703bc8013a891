package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.NOT_PASSED;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.PASSED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Promoted;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.RepeatReason;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Repeats;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** Circular 22/2021, Art. 12-14: the outcome after the summer re-assessment and training. */
class AfterSummerTests {

  private static final SecondarySheet FAILING = YearEndDecisionTests.failingSheet();

  private static Map<String, BigDecimal> scores(String... codesAndScores) {
    var scores = new java.util.LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < codesAndScores.length; i += 2) {
      scores.put(codesAndScores[i], new BigDecimal(codesAndScores[i + 1]));
    }
    return scores;
  }

  @Test
  void reassessmentResultsReplaceTheYearResultsAndAPassingYearPromotes() {
    var grade = FAILING.curriculum();
    var yearEnd = FAILING.evaluate();
    var after =
        SecondaryAssessment.afterSummer(
            grade,
            yearEnd,
            scores("toan", "5.5", "ngu-van", "6"),
            Map.of("nghe-thuat", PASSED),
            null);

    var toan = after.subjects().get(FAILING.indexOf("toan"));
    assertThat(toan.semester1Average()).isEqualTo("3.0");
    assertThat(toan.semester2Average()).isEqualTo("3.0");
    assertThat(toan.yearAverage()).isEqualTo("5.5");
    assertThat(after.subjects().get(FAILING.indexOf("ngu-van")).yearAverage()).isEqualTo("6.0");
    assertThat(after.subjects().get(FAILING.indexOf("nghe-thuat")).yearResult()).isEqualTo(PASSED);
    // every scored subject ≥ 5.0 but only five of them ≥ 6.5 (Lịch sử và Địa lí stays 5.0): Đạt
    assertThat(after.year())
        .isEqualTo(new LearningResult(LearningLevel.PASS, LearningLevel.PASS, null));
    assertThat(after.decision()).isEqualTo(new Promoted(false));
    // what the year end gave stays for the semesters
    assertThat(after.semester1()).isEqualTo(yearEnd.semester1());
    assertThat(after.semester2()).isEqualTo(yearEnd.semester2());
    assertThat(after.award()).isNull();
  }

  @Test
  void aYearStillChuaDatAfterTheReassessmentIsRepeated() {
    var after =
        SecondaryAssessment.afterSummer(
            FAILING.curriculum(),
            FAILING.evaluate(),
            scores("toan", "3.2", "ngu-van", "4.0"),
            Map.of("nghe-thuat", PASSED),
            null);
    // Toán below 3.5; but for Toán, Ngữ văn below 5.0 still allows only Đạt: one step, no
    // adjustment
    assertThat(after.year())
        .isEqualTo(new LearningResult(LearningLevel.FAIL, LearningLevel.FAIL, null));
    assertThat(after.decision())
        .isEqualTo(new Repeats(List.of(RepeatReason.LEARNING_NOT_PASSED_AFTER_REASSESSMENT)));
  }

  @Test
  void aSubjectNotReassessedKeepsItsYearResult() {
    // only Toán re-assessed: Ngữ văn stays 4.9 and Nghệ thuật Chưa đạt, which Đạt allows
    var after =
        SecondaryAssessment.afterSummer(
            FAILING.curriculum(), FAILING.evaluate(), scores("toan", "6.0"), null);
    assertThat(after.subjects().get(FAILING.indexOf("ngu-van")).yearAverage()).isEqualTo("4.9");
    assertThat(after.subjects().get(FAILING.indexOf("nghe-thuat")).yearResult())
        .isEqualTo(NOT_PASSED);
    assertThat(after.year().level()).isEqualTo(LearningLevel.PASS);
    assertThat(after.decision()).isEqualTo(new Promoted(false));
  }

  @Test
  void aReassessmentStillBelow3Point5CanBeAdjustedToDat() {
    // Toán 3.2 after the re-test, Ngữ văn 6.0: but for Toán (10.0 would make it the sixth subject
    // at 6.5 or more) the year would be Khá, two steps above Chưa đạt
    var after =
        SecondaryAssessment.afterSummer(
            FAILING.curriculum(),
            FAILING.evaluate(),
            scores("toan", "3.2", "ngu-van", "6.0"),
            Map.of("nghe-thuat", PASSED),
            null);
    assertThat(after.year())
        .isEqualTo(new LearningResult(LearningLevel.PASS, LearningLevel.FAIL, "toan"));
    assertThat(after.decision()).isEqualTo(new Promoted(false));
  }

  @Test
  void theRecomputedYearIsAdjustedLikeAnyOther() {
    var sheet =
        SecondarySheet.grade(6)
            .averagesOfTheOthers("8.0", "toan", "ngu-van")
            .averages("3.0", "toan", "ngu-van");
    var yearEnd = sheet.evaluate();
    assertThat(yearEnd.year())
        .isEqualTo(new LearningResult(LearningLevel.FAIL, LearningLevel.FAIL, null));
    // Ngữ văn recovers, Toán reaches only 3.4: Chưa đạt by the thresholds, but for Toán Tốt
    var after =
        SecondaryAssessment.afterSummer(
            sheet.curriculum(), yearEnd, scores("toan", "3.4", "ngu-van", "9.0"), null);
    assertThat(after.year())
        .isEqualTo(new LearningResult(LearningLevel.PASS, LearningLevel.FAIL, "toan"));
    assertThat(after.decision()).isEqualTo(new Promoted(false));
  }

  @Test
  void conductTrainingJudgedDatPromotesAndChuaDatRepeats() {
    var sheet = SecondarySheet.grade(9).conduct(ConductLevel.FAIL);
    var yearEnd = sheet.evaluate();

    var trained =
        SecondaryAssessment.afterSummer(sheet.curriculum(), yearEnd, Map.of(), ConductLevel.PASS);
    assertThat(trained.conductYear()).isEqualTo(ConductLevel.PASS);
    assertThat(trained.year()).isEqualTo(yearEnd.year());
    assertThat(trained.decision()).isEqualTo(new Promoted(true));

    var notTrained =
        SecondaryAssessment.afterSummer(sheet.curriculum(), yearEnd, Map.of(), ConductLevel.FAIL);
    assertThat(notTrained.decision())
        .isEqualTo(new Repeats(List.of(RepeatReason.CONDUCT_NOT_PASSED_AFTER_TRAINING)));
  }

  @Test
  void withBothDueTheStudentIsPromotedOnlyIfBothSucceed() {
    var sheet = YearEndDecisionTests.failingSheet().conduct(ConductLevel.FAIL);
    var yearEnd = sheet.evaluate();
    var passing = scores("toan", "6.0", "ngu-van", "6.0");
    var grade = sheet.curriculum();

    assertThat(
            SecondaryAssessment.afterSummer(grade, yearEnd, passing, ConductLevel.PASS).decision())
        .isEqualTo(new Promoted(false));
    assertThat(
            SecondaryAssessment.afterSummer(grade, yearEnd, passing, ConductLevel.FAIL).decision())
        .isEqualTo(new Repeats(List.of(RepeatReason.CONDUCT_NOT_PASSED_AFTER_TRAINING)));
    assertThat(
            SecondaryAssessment.afterSummer(
                    grade, yearEnd, scores("toan", "3.0"), ConductLevel.FAIL)
                .decision())
        .isEqualTo(
            new Repeats(
                List.of(
                    RepeatReason.CONDUCT_NOT_PASSED_AFTER_TRAINING,
                    RepeatReason.LEARNING_NOT_PASSED_AFTER_REASSESSMENT)));
  }

  @Test
  void theSummerOutcomeRefusesWhatTheYearEndDidNotAskFor() {
    var grade = FAILING.curriculum();
    var yearEnd = FAILING.evaluate();
    var promoted = SecondarySheet.grade(6).evaluate();

    // no summer work was due
    assertThatThrownBy(() -> SecondaryAssessment.afterSummer(grade, promoted, Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    // a subject that was not to be re-assessed (Tin học 7.0), or not at all on the sheet
    assertThatThrownBy(
            () -> SecondaryAssessment.afterSummer(grade, yearEnd, scores("tin-hoc", "9.0"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> SecondaryAssessment.afterSummer(grade, yearEnd, scores("vat-li", "9.0"), null))
        .isInstanceOf(IllegalArgumentException.class);
    // a score for a comment subject, a comment result for a scored one
    assertThatThrownBy(
            () ->
                SecondaryAssessment.afterSummer(grade, yearEnd, scores("nghe-thuat", "9.0"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SecondaryAssessment.afterSummer(
                    grade, yearEnd, Map.of(), Map.of("toan", PASSED), null))
        .isInstanceOf(IllegalArgumentException.class);
    // an invalid score
    assertThatThrownBy(
            () -> SecondaryAssessment.afterSummer(grade, yearEnd, scores("toan", "6.25"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> SecondaryAssessment.afterSummer(grade, yearEnd, scores("toan", "10.5"), null))
        .isInstanceOf(IllegalArgumentException.class);
    // a conduct after training when no training was due
    assertThatThrownBy(
            () -> SecondaryAssessment.afterSummer(grade, yearEnd, Map.of(), ConductLevel.GOOD))
        .isInstanceOf(IllegalArgumentException.class);
    // no conduct after training when it was due
    var training = SecondarySheet.grade(6).conduct(ConductLevel.FAIL);
    assertThatThrownBy(
            () ->
                SecondaryAssessment.afterSummer(
                    training.curriculum(), training.evaluate(), Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
