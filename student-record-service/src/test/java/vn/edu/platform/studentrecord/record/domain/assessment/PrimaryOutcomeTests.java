package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome.COMPLETED;
import static vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome.EXCELLENT;
import static vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome.GOOD;
import static vn.edu.platform.studentrecord.record.domain.assessment.PrimaryOutcome.NOT_COMPLETED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.PrimarySheet;

/** Circular 27/2020, Art. 9.2 and 11: the year outcome of a primary student. */
class PrimaryOutcomeTests {

  @ParameterizedTest(name = "one end-of-year test at {0}: {1}")
  @CsvSource({
    "10, EXCELLENT",
    "9, EXCELLENT",
    "8, GOOD",
    "7, GOOD",
    "6, COMPLETED",
    "5, COMPLETED",
    "4, NOT_COMPLETED",
    "0, NOT_COMPLETED"
  })
  void oneEndOfYearTestDecidesAmongTheLevelsAtItsThresholds(int score, PrimaryOutcome outcome) {
    assertThat(PrimarySheet.grade(4).yearTest("toan", score).evaluate().outcome())
        .isEqualTo(outcome);
  }

  @Test
  void everyEndOfYearTestCounts() {
    assertThat(PrimarySheet.grade(4).everyYearTest(9).evaluate().outcome()).isEqualTo(EXCELLENT);
    assertThat(PrimarySheet.grade(4).everyYearTest(9).yearTest("khoa-hoc", 8).evaluate().outcome())
        .isEqualTo(GOOD);
  }

  @Test
  void theSemesterOneTestDoesNotCount() {
    assertThat(PrimarySheet.grade(4).semester1Test("toan", 2).evaluate().outcome())
        .isEqualTo(EXCELLENT);
  }

  @Test
  void oneQualityAtDatAllowsCompletedButNotGood() {
    var result = PrimarySheet.grade(4).quality(Quality.HONESTY, CompetenceLevel.PASS).evaluate();
    assertThat(result.outcome()).isEqualTo(COMPLETED);
  }

  @Test
  void oneCompetencyAtDatAllowsCompletedButNotGood() {
    var result =
        PrimarySheet.grade(4)
            .competency(Competency.PROBLEM_SOLVING_AND_CREATIVITY, CompetenceLevel.PASS)
            .evaluate();
    assertThat(result.outcome()).isEqualTo(COMPLETED);
  }

  @Test
  void oneQualityOrCompetencyNeedingEffortDoesNotComplete() {
    assertThat(
            PrimarySheet.grade(4)
                .quality(Quality.DILIGENCE, CompetenceLevel.NEEDS_EFFORT)
                .evaluate()
                .outcome())
        .isEqualTo(NOT_COMPLETED);
    assertThat(
            PrimarySheet.grade(4)
                .competency(Competency.LANGUAGE, CompetenceLevel.NEEDS_EFFORT)
                .evaluate()
                .outcome())
        .isEqualTo(NOT_COMPLETED);
  }

  @Test
  void oneSubjectAtHoanThanhAllowsCompletedButNotGood() {
    var result = PrimarySheet.grade(4).yearLevel("dao-duc", SubjectLevel.COMPLETED).evaluate();
    assertThat(result.outcome()).isEqualTo(COMPLETED);
  }

  @Test
  void oneSubjectNotCompletedDoesNotCompleteTheGradeAndIsNamed() {
    var result = PrimarySheet.grade(4).yearLevel("khoa-hoc", SubjectLevel.NOT_COMPLETED).evaluate();
    assertThat(result.outcome()).isEqualTo(NOT_COMPLETED);
    assertThat(result.completesGrade()).isFalse();
    assertThat(result.subjectsNotCompleted()).containsExactly("khoa-hoc");
  }

  @Test
  void theSemesterOneLevelDoesNotCount() {
    assertThat(
            PrimarySheet.grade(4)
                .semester1Level("toan", SubjectLevel.NOT_COMPLETED)
                .evaluate()
                .outcome())
        .isEqualTo(EXCELLENT);
  }

  @Test
  void aStudentCompletesTheGradeFromHoanThanhUp() {
    var sheet =
        PrimarySheet.grade(3)
            .everyYearLevel(SubjectLevel.COMPLETED)
            .everyQualityAndCompetency(CompetenceLevel.PASS)
            .everyYearTest(5);
    var result = sheet.evaluate();
    assertThat(result.outcome()).isEqualTo(COMPLETED);
    assertThat(result.completesGrade()).isTrue();
    assertThat(result.completesPrimaryLevel()).isFalse();
  }

  @Test
  void completingGrade5CompletesThePrimaryProgramme() {
    assertThat(PrimarySheet.grade(5).evaluate().completesPrimaryLevel()).isTrue();
    assertThat(PrimarySheet.grade(5).yearTest("toan", 4).evaluate().completesPrimaryLevel())
        .isFalse();
    assertThat(PrimarySheet.grade(4).evaluate().completesPrimaryLevel()).isFalse();
  }

  @Test
  void grade1WithoutTechnologyAndInformaticsIsAssessedOnTheRest() {
    var result =
        PrimarySheet.grade(1)
            .competency(Competency.TECHNOLOGY, null)
            .competency(Competency.INFORMATICS, null)
            .evaluate();
    assertThat(result.outcome()).isEqualTo(EXCELLENT);
  }

  @Test
  void absencesAreRecordedButDecideNothing() {
    var result = PrimarySheet.grade(2).absences(60, 60).evaluate();
    assertThat(result.absences()).isEqualTo(120);
    assertThat(result.outcome()).isEqualTo(EXCELLENT);
  }

  @Test
  void theComputationRefusesContentThatIsNotComplete() {
    assertThatThrownBy(() -> PrimarySheet.grade(4).yearTest("toan", null).evaluate())
        .isInstanceOf(InvalidContentException.class);
  }

  @Test
  void theListsOfTheLawAreComplete() {
    assertThat(Quality.values())
        .extracting(Quality::vietnameseName)
        .containsExactly("Yêu nước", "Nhân ái", "Chăm chỉ", "Trung thực", "Trách nhiệm");
    assertThat(Competency.values())
        .filteredOn(Competency::general)
        .extracting(Competency::vietnameseName)
        .containsExactly(
            "Tự chủ và tự học", "Giao tiếp và hợp tác", "Giải quyết vấn đề và sáng tạo");
    assertThat(Competency.values())
        .filteredOn(c -> !c.general())
        .extracting(Competency::vietnameseName)
        .containsExactly(
            "Ngôn ngữ", "Tính toán", "Khoa học", "Công nghệ", "Tin học", "Thẩm mĩ", "Thể chất");
    assertThat(PrimaryOutcome.values())
        .extracting(PrimaryOutcome::vietnameseName)
        .containsExactly("Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành");
    assertThat(SubjectLevel.values())
        .extracting(SubjectLevel::vietnameseName)
        .containsExactly("Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành");
    assertThat(CompetenceLevel.values())
        .extracting(CompetenceLevel::vietnameseName)
        .containsExactly("Tốt", "Đạt", "Cần cố gắng");
  }
}
