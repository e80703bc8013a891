package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet.semester;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** Circular 22/2021, Art. 9.1.b: ĐTBmhk and ĐTBmcn. */
class SubjectAveragesTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // 2 regular assessments (≤ 35 periods): (10 + 3 + 2·6 + 3·7) / 7 = 46 / 7 = 6.571…
        "10 3 | 6 | 7; 6.6",
        // 3 regular assessments (36-70 periods): (7 + 8 + 9 + 2·6 + 3·5) / 8 = 51 / 8 = 6.375
        "7 8 9 | 6 | 5; 6.4",
        // 4 regular assessments (> 70 periods): (6 + 7 + 8 + 9 + 2·7 + 3·8) / 9 = 68 / 9 = 7.555…
        "6 7 8 9 | 7 | 8; 7.6",
        "10 10 10 10 | 10 | 10; 10.0",
        "0 0 | 0 | 0; 0.0",
      })
  void theSemesterAverageWeighsEachRegularScoreOnceTheMidTermTwiceAndTheEndOfTermThreeTimes(
      String sheet, String average) {
    assertThat(SecondaryAssessment.semesterAverage(semester(sheet))).isEqualTo(average);
  }

  @Test
  void aSemesterAverageOfExactlyXX5RoundsUp() {
    // (8 + 8 + 8 + 2·8 + 3·6) / 8 = 58 / 8 = 7.25 exactly: half up gives 7.3 (half even would give
    // 7.2)
    assertThat(SecondaryAssessment.semesterAverage(semester("8 8 8 | 8 | 6"))).isEqualTo("7.3");
  }

  @Test
  void aSemesterAverageIsRoundedOnceFromTheExactQuotient() {
    // (7.4 + 7.5 + 2·7.4 + 3·7.4) / 7 = 51.9 / 7 = 7.414… → 7.4
    assertThat(SecondaryAssessment.semesterAverage(semester("7.4 7.5 | 7.4 | 7.4")))
        .isEqualTo("7.4");
    // (6.9 + 7 + 7 + 2·7 + 3·7) / 8 = 55.9 / 8 = 6.9875 → 7.0
    assertThat(SecondaryAssessment.semesterAverage(semester("6.9 7 7 | 7 | 7"))).isEqualTo("7.0");
  }

  @Test
  void theYearAverageCountsSemesterTwoTwice() {
    // (6.0 + 2·8.0) / 3 = 22 / 3 = 7.333…
    assertThat(SecondaryAssessment.yearAverage(new BigDecimal("6.0"), new BigDecimal("8.0")))
        .isEqualTo("7.3");
  }

  @Test
  void aYearAverageOf6Point4666RoundsTo6Point5() {
    // (6.0 + 2·6.7) / 3 = 19.4 / 3 = 6.4666…
    assertThat(SecondaryAssessment.yearAverage(new BigDecimal("6.0"), new BigDecimal("6.7")))
        .isEqualTo("6.5");
  }

  @Test
  void theYearAverageIsComputedFromTheRoundedSemesterAveragesAsTheHocBaPrintsThem() {
    // Công nghệ, grade 6 (35 periods, 2 regular assessments):
    // semester I (4 + 4 + 2·4 + 3·4) / 7 = 4.0; semester II (4 + 4 + 2·6 + 3·6) / 7 = 38 / 7 =
    // 5.428…, printed 5.4.
    var sheet = SecondarySheet.grade(6).semesters("cong-nghe", "4 4 | 4 | 4", "4 4 | 6 | 6");
    var result = sheet.evaluate().subjects().get(sheet.indexOf("cong-nghe"));
    assertThat(result.semester1Average()).isEqualTo("4.0");
    assertThat(result.semester2Average()).isEqualTo("5.4");
    // from the printed averages: (4.0 + 2·5.4) / 3 = 14.8 / 3 = 4.933… → 4.9
    assertThat(result.yearAverage()).isEqualTo("4.9");
    // from the exact ones it would be (4 + 2·38/7) / 3 = 104 / 21 = 4.952… → 5.0, and the subject
    // would escape the re-assessment below 5.0
    BigDecimal fromExact =
        new BigDecimal("104").divide(new BigDecimal("21"), 1, RoundingMode.HALF_UP);
    assertThat(fromExact).isEqualTo("5.0");
  }

  @Test
  void averagingTheRegularScoresFirstAsAPublicFormulaDoesGivesAnotherResult() {
    // four regular scores 10, 10, 10, 2; mid-term 5; end-of-term 5
    ScoredSemester sheet = semester("10 10 10 2 | 5 | 5");
    // the circular's formula: (10 + 10 + 10 + 2 + 2·5 + 3·5) / (4 + 5) = 57 / 9 = 6.333… → 6.3
    BigDecimal circular =
        new BigDecimal(10 + 10 + 10 + 2 + 2 * 5 + 3 * 5)
            .divide(new BigDecimal(4 + 5), 1, RoundingMode.HALF_UP);
    // the wrong one: regular average 8.0, then (8.0 + 2·5 + 3·5) / 6 = 33 / 6 = 5.5
    BigDecimal regularAverage = new BigDecimal("32").divide(new BigDecimal("4"));
    BigDecimal wrong =
        regularAverage
            .add(new BigDecimal(2 * 5 + 3 * 5))
            .divide(new BigDecimal(6), 1, RoundingMode.HALF_UP);

    assertThat(SecondaryAssessment.semesterAverage(sheet))
        .isEqualTo(circular)
        .isEqualTo("6.3")
        .isNotEqualTo(wrong);
    assertThat(wrong).isEqualTo("5.5");
  }

  @Test
  void averagesArePrintedWithOneDecimal() {
    assertThat(SecondaryAssessment.semesterAverage(semester("7 7 | 7 | 7")).scale()).isEqualTo(1);
    assertThat(SecondaryAssessment.yearAverage(new BigDecimal("7"), new BigDecimal("7")).scale())
        .isEqualTo(1);
  }

  @Test
  void aSemesterWithAMissingOrInvalidScoreHasNoAverage() {
    assertThatThrownBy(() -> SecondaryAssessment.semesterAverage(semester("7 7 | - | 7")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecondaryAssessment.semesterAverage(semester("7 - | 7 | 7")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecondaryAssessment.semesterAverage(semester("7 7.25 | 7 | 7")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecondaryAssessment.semesterAverage(semester("7 11 | 7 | 7")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecondaryAssessment.semesterAverage(semester(" | 7 | 7")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
