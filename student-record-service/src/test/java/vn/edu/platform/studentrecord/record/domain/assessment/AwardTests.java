package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** Circular 22/2021, Art. 15.1.a: Học sinh Xuất sắc and Học sinh Giỏi. */
class AwardTests {

  private static final String[] SIX = {
    "ngu-van", "toan", "ngoai-ngu-1", "giao-duc-cong-dan", "lich-su-dia-li", "khoa-hoc-tu-nhien"
  };
  private static final String[] FIVE = {
    "ngu-van", "toan", "ngoai-ngu-1", "giao-duc-cong-dan", "lich-su-dia-li"
  };

  @Test
  void learningAndConductTotWithSixSubjectsAt9Point0AreExcellent() {
    var result = SecondarySheet.grade(6).averagesOfTheOthers("8.0").averages("9.0", SIX).evaluate();
    assertThat(result.award()).isEqualTo(Award.EXCELLENT);
    assertThat(Award.EXCELLENT.vietnameseName()).isEqualTo("Học sinh Xuất sắc");
  }

  @Test
  void fiveSubjectsAt9Point0AndOneAt8Point9AreGood() {
    var result =
        SecondarySheet.grade(6)
            .averagesOfTheOthers("8.0")
            .averages("9.0", FIVE)
            .averages("8.9", "khoa-hoc-tu-nhien")
            .evaluate();
    assertThat(result.award()).isEqualTo(Award.GOOD);
    assertThat(Award.GOOD.vietnameseName()).isEqualTo("Học sinh Giỏi");
  }

  @Test
  void conductKhaGivesNoAwardEvenWithExcellentScores() {
    var result =
        SecondarySheet.grade(6).averagesOfTheOthers("9.5").conduct(ConductLevel.FAIR).evaluate();
    assertThat(result.year().level()).isEqualTo(LearningLevel.GOOD);
    assertThat(result.award()).isNull();
  }

  @Test
  void learningKhaGivesNoAward() {
    var result = SecondarySheet.grade(6).evaluate();
    assertThat(result.year().level()).isEqualTo(LearningLevel.FAIR);
    assertThat(result.conductYear()).isEqualTo(ConductLevel.GOOD);
    assertThat(result.award()).isNull();
  }

  @Test
  void commentSubjectsDoNotCountTowardsTheSixSubjectsAt9Point0() {
    // grade 10 with the two comment electives: seven scored subjects, five of them at 9.0
    var sheet =
        SecondarySheet.grade(10)
            .without("hoa-hoc")
            .without("giao-duc-kinh-te-phap-luat")
            .with("am-nhac")
            .with("mi-thuat")
            .averagesOfTheOthers("8.0")
            .averages("9.0", "ngu-van", "toan", "ngoai-ngu-1", "lich-su", "vat-li");
    assertThat(sheet.scoredSubjects()).hasSize(7);
    var result = sheet.evaluate();
    assertThat(result.year().level()).isEqualTo(LearningLevel.GOOD);
    assertThat(result.award()).isEqualTo(Award.GOOD);
  }
}
