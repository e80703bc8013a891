package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.NOT_PASSED;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.PASSED;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.FAIL;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.FAIR;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.GOOD;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.PASS;

import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/**
 * Circular 22/2021, Art. 9.2: the learning result's thresholds, on grade 6 (eight scored subjects,
 * four comment-only ones). The sheets are chosen so that the adjustment of Art. 9.3 does not apply
 * (each asserts it), which {@link LearningAdjustmentTests} covers.
 */
class LearningResultTests {

  // grade 6's scored subjects in the record's order
  private static final String NGU_VAN = "ngu-van";
  private static final String TOAN = "toan";
  private static final String NGOAI_NGU = "ngoai-ngu-1";
  private static final String GDCD = "giao-duc-cong-dan";
  private static final String LS_DL = "lich-su-dia-li";
  private static final String KHTN = "khoa-hoc-tu-nhien";
  private static final String CONG_NGHE = "cong-nghe";
  private static final String TIN_HOC = "tin-hoc";
  private static final String[] FIRST_SIX = {NGU_VAN, TOAN, NGOAI_NGU, GDCD, LS_DL, KHTN};
  private static final String[] FIRST_FIVE = {NGU_VAN, TOAN, NGOAI_NGU, GDCD, LS_DL};

  // two of its comment-only subjects
  private static final String NGHE_THUAT = "nghe-thuat";
  private static final String THE_CHAT = "giao-duc-the-chat";

  private static LearningResult year(SecondarySheet sheet) {
    return sheet.evaluate().year();
  }

  private static void assertUnadjusted(LearningResult result, LearningLevel level) {
    assertThat(result).isEqualTo(new LearningResult(level, level, null));
  }

  @Test
  void goodTakesEveryScoredSubjectAt6Point5OrMoreAndSixAt8Point0OrMore() {
    var sheet =
        SecondarySheet.grade(6).averages("8.0", FIRST_SIX).averages("6.5", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(sheet), GOOD);
  }

  @Test
  void oneScoredSubjectAt6Point4KeepsTheStudentFromGood() {
    var sheet =
        SecondarySheet.grade(6)
            .averages("8.0", FIRST_SIX)
            .averages("6.5", CONG_NGHE)
            .averages("6.4", TIN_HOC);
    assertUnadjusted(year(sheet), FAIR);
  }

  @Test
  void fiveSubjectsAt8Point0AreNotEnoughForGoodButSixAre() {
    var five =
        SecondarySheet.grade(6)
            .averages("8.0", FIRST_FIVE)
            .averages("7.9", KHTN, CONG_NGHE, TIN_HOC);
    var six =
        SecondarySheet.grade(6).averages("8.0", FIRST_SIX).averages("7.9", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(five), FAIR);
    assertUnadjusted(year(six), GOOD);
  }

  @Test
  void fairTakesEveryScoredSubjectAt5Point0OrMoreAndSixAt6Point5OrMore() {
    var sheet =
        SecondarySheet.grade(6).averages("6.5", FIRST_SIX).averages("5.0", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(sheet), FAIR);
  }

  @Test
  void oneScoredSubjectAt4Point9KeepsTheStudentFromFair() {
    var sheet =
        SecondarySheet.grade(6)
            .averages("6.5", FIRST_SIX)
            .averages("5.0", CONG_NGHE)
            .averages("4.9", TIN_HOC);
    assertUnadjusted(year(sheet), PASS);
  }

  @Test
  void fiveSubjectsAt6Point5AreNotEnoughForFairButSixAre() {
    var five =
        SecondarySheet.grade(6)
            .averages("6.5", FIRST_FIVE)
            .averages("6.4", KHTN, CONG_NGHE, TIN_HOC);
    var six =
        SecondarySheet.grade(6).averages("6.5", FIRST_SIX).averages("6.4", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(five), PASS);
    assertUnadjusted(year(six), FAIR);
  }

  @Test
  void passTakesSixScoredSubjectsAt5Point0OrMoreAndNoneBelow3Point5() {
    var sheet =
        SecondarySheet.grade(6).averages("5.0", FIRST_SIX).averages("3.5", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(sheet), PASS);
  }

  @Test
  void oneScoredSubjectAt3Point4FailsAStudentWhoseOtherSubjectsArePlain() {
    var sheet =
        SecondarySheet.grade(6)
            .averages("5.0", FIRST_SIX)
            .averages("3.5", CONG_NGHE)
            .averages("3.4", TIN_HOC);
    // but for Tin học the student would have Đạt: one step, no adjustment
    assertUnadjusted(year(sheet), FAIL);
  }

  @Test
  void fiveSubjectsAt5Point0FailAStudentSixPass() {
    var five =
        SecondarySheet.grade(6)
            .averages("5.0", FIRST_FIVE)
            .averages("4.9", KHTN, CONG_NGHE, TIN_HOC);
    var six =
        SecondarySheet.grade(6).averages("5.0", FIRST_SIX).averages("4.9", CONG_NGHE, TIN_HOC);
    assertUnadjusted(year(five), FAIL);
    assertUnadjusted(year(six), PASS);
  }

  @Test
  void oneCommentSubjectNotPassedAllowsPassButNotFair() {
    // every scored subject 7.0: Khá with every comment subject Đạt
    var plain = SecondarySheet.grade(6);
    var oneNotPassed = SecondarySheet.grade(6).comment(NGHE_THUAT, NOT_PASSED);
    assertUnadjusted(year(plain), FAIR);
    assertUnadjusted(year(oneNotPassed), PASS);
  }

  @Test
  void twoCommentSubjectsNotPassedFailEvenWithGoodScores() {
    var sheet =
        SecondarySheet.grade(6)
            .averagesOfTheOthers("9.0")
            .comment(NGHE_THUAT, NOT_PASSED)
            .comment(THE_CHAT, NOT_PASSED);
    // but for either one the student would have Đạt: one step, no adjustment
    assertUnadjusted(year(sheet), FAIL);
  }

  @Test
  void aCommentSubjectsYearResultIsItsSemesterTwoResult() {
    var recovered = SecondarySheet.grade(6).comment(NGHE_THUAT, NOT_PASSED, PASSED);
    var slipped = SecondarySheet.grade(6).comment(NGHE_THUAT, PASSED, NOT_PASSED);

    var recoveredResult = recovered.evaluate();
    assertThat(recoveredResult.subjects().get(recovered.indexOf(NGHE_THUAT)).yearResult())
        .isEqualTo(PASSED);
    assertThat(recoveredResult.semester1().level()).isEqualTo(PASS);
    assertThat(recoveredResult.year().level()).isEqualTo(FAIR);

    var slippedResult = slipped.evaluate();
    assertThat(slippedResult.subjects().get(slipped.indexOf(NGHE_THUAT)).yearResult())
        .isEqualTo(NOT_PASSED);
    assertThat(slippedResult.semester1().level()).isEqualTo(FAIR);
    assertThat(slippedResult.year().level()).isEqualTo(PASS);
  }

  @Test
  void eachSemesterAndTheYearHaveTheirOwnResultFromTheirOwnAverages() {
    var sheet = SecondarySheet.grade(6);
    sheet.semesterAverages("3.0", "8.0", sheet.scoredSubjects().toArray(String[]::new));
    var result = sheet.evaluate();
    assertUnadjusted(result.semester1(), FAIL);
    assertUnadjusted(result.semester2(), GOOD);
    // (3.0 + 2·8.0) / 3 = 6.333… → 6.3 in every subject: Đạt
    assertThat(result.subjects().get(0).yearAverage()).isEqualTo("6.3");
    assertUnadjusted(result.year(), PASS);
  }

  @Test
  void levelsAreOrderedAndNamedAsTheHocBaPrintsThem() {
    assertThat(GOOD.atLeast(FAIR)).isTrue();
    assertThat(PASS.atLeast(PASS)).isTrue();
    assertThat(FAIL.atLeast(PASS)).isFalse();
    assertThat(GOOD.stepsAbove(PASS)).isEqualTo(2);
    assertThat(FAIL.oneStepUp()).isEqualTo(PASS);
    assertThat(GOOD.oneStepUp()).isEqualTo(GOOD);
    assertThat(LearningLevel.values())
        .extracting(LearningLevel::vietnameseName)
        .containsExactly("Tốt", "Khá", "Đạt", "Chưa đạt");
    assertThat(ConductLevel.values())
        .extracting(ConductLevel::vietnameseName)
        .containsExactly("Tốt", "Khá", "Đạt", "Chưa đạt");
    assertThat(CommentResult.values())
        .extracting(CommentResult::vietnameseName)
        .containsExactly("Đạt", "Chưa đạt");
  }
}
