package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.NOT_PASSED;
import static vn.edu.platform.studentrecord.record.domain.assessment.CommentResult.PASSED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Promoted;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.RepeatReason;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Repeats;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.SummerWork;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** Circular 22/2021, Art. 12-14: promotion, summer work, repetition at the end of the year. */
class YearEndDecisionTests {

  /**
   * Grade 6, Chưa đạt: Toán 3.0 (below 3.5), Ngữ văn 4.9, Lịch sử và Địa lí exactly 5.0, Nghệ thuật
   * Chưa đạt in semester II, Giáo dục thể chất Chưa đạt in semester I only.
   */
  static SecondarySheet failingSheet() {
    return SecondarySheet.grade(6)
        .averages("3.0", "toan")
        .averages("4.9", "ngu-van")
        .averages("5.0", "lich-su-dia-li")
        .comment("nghe-thuat", PASSED, NOT_PASSED)
        .comment("giao-duc-the-chat", NOT_PASSED, PASSED);
  }

  @Test
  void learningAndConductAtLeastDatWith45SessionsAbsentPromote() {
    var result = SecondarySheet.grade(6).conduct(ConductLevel.PASS).absences(20, 25).evaluate();
    assertThat(result.absences()).isEqualTo(45);
    assertThat(result.decision()).isEqualTo(new Promoted(false));
    assertThat(result.decision().promoted()).isTrue();
  }

  @Test
  void fortySixSessionsAbsentRepeatTheYearWhateverTheResults() {
    var result = SecondarySheet.grade(6).averagesOfTheOthers("9.5").absences(20, 26).evaluate();
    assertThat(result.year().level()).isEqualTo(LearningLevel.GOOD);
    assertThat(result.decision()).isEqualTo(new Repeats(List.of(RepeatReason.TOO_MANY_ABSENCES)));
  }

  @Test
  void tooManyAbsencesLeaveNoSummerWork() {
    var result = failingSheet().conduct(ConductLevel.FAIL).absences(0, 46).evaluate();
    assertThat(result.decision()).isEqualTo(new Repeats(List.of(RepeatReason.TOO_MANY_ABSENCES)));
  }

  @ParameterizedTest(name = "grade {0}")
  @CsvSource({"6,false", "8,false", "9,true", "10,false", "11,false", "12,true"})
  void promotionInGrades9And12CompletesTheLevel(int grade, boolean completes) {
    assertThat(SecondarySheet.grade(grade).evaluate().decision())
        .isEqualTo(new Promoted(completes));
  }

  @Test
  void learningChuaDatSendsTheSubjectsBelowTheThresholdToSummerReassessment() {
    var result = failingSheet().evaluate();
    assertThat(result.year().level()).isEqualTo(LearningLevel.FAIL);
    // below 5.0 (not 5.0 itself) and the comment subject whose year (semester II) is Chưa đạt;
    // not Giáo dục thể chất, Chưa đạt in semester I only
    assertThat(result.decision())
        .isEqualTo(new SummerWork(List.of("ngu-van", "toan", "nghe-thuat"), false));
  }

  @Test
  void conductChuaDatSendsTheStudentToSummerConductTraining() {
    var result = SecondarySheet.grade(6).conduct(ConductLevel.FAIL).evaluate();
    assertThat(result.decision()).isEqualTo(new SummerWork(List.of(), true));
    assertThat(((SummerWork) result.decision()).reassessment()).isFalse();
  }

  @Test
  void learningAndConductBothChuaDatAskForBothAtOnce() {
    var result = failingSheet().conduct(ConductLevel.FAIL).evaluate();
    assertThat(result.decision())
        .isEqualTo(new SummerWork(List.of("ngu-van", "toan", "nghe-thuat"), true));
  }

  @Test
  void theYearConductIsTheHomeroomTeachersNotComputedFromTheSemesters() {
    var result =
        SecondarySheet.grade(6)
            .conduct(ConductLevel.FAIL, ConductLevel.FAIL, ConductLevel.PASS)
            .evaluate();
    assertThat(result.conductYear()).isEqualTo(ConductLevel.PASS);
    assertThat(result.decision()).isEqualTo(new Promoted(false));
  }
}
