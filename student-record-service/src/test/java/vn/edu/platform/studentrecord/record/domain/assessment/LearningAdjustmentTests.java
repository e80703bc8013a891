package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.NOT_PASSED;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.FAIL;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.FAIR;
import static vn.edu.platform.studentrecord.record.domain.assessment.LearningLevel.PASS;

import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/**
 * Circular 22/2021, Art. 9.3: a level two or more steps below the one the student would have had
 * but for one single subject is raised one step.
 */
class LearningAdjustmentTests {

  @Test
  void oneSubjectAt3Point4AmongGoodOnesRaisesChuaDatToDat() {
    // but for Tin học at 3.4 every subject would be 8.0: Tốt, three steps above Chưa đạt
    var sheet =
        SecondarySheet.grade(6).averagesOfTheOthers("8.0", "tin-hoc").averages("3.4", "tin-hoc");
    var year = sheet.evaluate().year();
    assertThat(year).isEqualTo(new LearningResult(PASS, FAIL, "tin-hoc"));
    assertThat(year.adjusted()).isTrue();
  }

  @Test
  void oneSubjectAt3Point4AmongFairOnesRaisesChuaDatToDatToo() {
    // but for Toán every subject would be 7.0: Khá, two steps above Chưa đạt
    var sheet = SecondarySheet.grade(6).averages("3.4", "toan");
    assertThat(sheet.evaluate().year()).isEqualTo(new LearningResult(PASS, FAIL, "toan"));
  }

  @Test
  void oneSubjectAt4Point9AmongGoodOnesRaisesDatToKha() {
    var sheet = SecondarySheet.grade(6).averagesOfTheOthers("8.0", "toan").averages("4.9", "toan");
    assertThat(sheet.evaluate().year()).isEqualTo(new LearningResult(FAIR, PASS, "toan"));
  }

  @Test
  void aLevelOnlyOneStepBelowIsNotRaised() {
    // but for Toán at 4.9 every subject would be 7.0: Khá, one step above Đạt
    var sheet = SecondarySheet.grade(6).averages("4.9", "toan");
    var year = sheet.evaluate().year();
    assertThat(year).isEqualTo(new LearningResult(PASS, PASS, null));
    assertThat(year.adjusted()).isFalse();
  }

  @Test
  void twoLowSubjectsAreNotOneSubjectAlone() {
    // either subject raised alone leaves the other at 3.4: still Chưa đạt
    var sheet =
        SecondarySheet.grade(6)
            .averagesOfTheOthers("8.0", "toan", "tin-hoc")
            .averages("3.4", "toan", "tin-hoc");
    assertThat(sheet.evaluate().year()).isEqualTo(new LearningResult(FAIL, FAIL, null));
  }

  @Test
  void oneCommentSubjectNotPassedAmongGoodScoresIsRaisedToKha() {
    // every scored subject 9.0 and Nghệ thuật Chưa đạt: Đạt by Art. 9.2, but for Nghệ thuật Tốt
    var sheet =
        SecondarySheet.grade(6).averagesOfTheOthers("9.0").comment("nghe-thuat", NOT_PASSED);
    assertThat(sheet.evaluate().year()).isEqualTo(new LearningResult(FAIR, PASS, "nghe-thuat"));
  }

  @Test
  void theAdjustmentAppliesToEachSemesterOnItsOwn() {
    var sheet = SecondarySheet.grade(6).averagesOfTheOthers("8.0", "toan");
    sheet.semesterAverages("3.0", "8.0", "toan");
    var result = sheet.evaluate();
    assertThat(result.semester1()).isEqualTo(new LearningResult(PASS, FAIL, "toan"));
    assertThat(result.semester2())
        .isEqualTo(new LearningResult(LearningLevel.GOOD, LearningLevel.GOOD, null));
    // Toán's year: (3.0 + 16.0) / 3 = 6.333… → 6.3, the others 8.0: Khá (one subject below 6.5)
    assertThat(result.year()).isEqualTo(new LearningResult(FAIR, FAIR, null));
  }

  @Test
  void twoSubjectsBelow5Point0AmongGoodOnesStayDat() {
    // but for either one the other is still below 5.0: Đạt, no step at all
    var sheet =
        SecondarySheet.grade(6)
            .averagesOfTheOthers("8.0", "toan", "ngu-van")
            .averages("4.9", "toan", "ngu-van");
    assertThat(sheet.evaluate().year()).isEqualTo(new LearningResult(PASS, PASS, null));
  }
}
