package vn.edu.platform.studentrecord.record.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;

class SubjectTests {

  /** Circular 22/2021, Art. 7.1.b: 2 up to 35 periods a year, 3 for 36-70, 4 above 70. */
  @ParameterizedTest
  @CsvSource({"1,2", "35,2", "36,3", "52,3", "70,3", "71,4", "105,4", "140,4"})
  void regularAssessmentsPerSemesterFollowTheYearlyPeriods(int periods, int expected) {
    assertThat(
            new Subject("x", "X", periods, AssessmentKind.SCORED, false)
                .regularAssessmentsPerSemester())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"COMMENT_ONLY", "PRIMARY_LEVEL_AND_TEST", "PRIMARY_LEVEL"})
  void subjectsWithoutScoresTakeNoRegularAssessments(AssessmentKind kind) {
    assertThat(new Subject("x", "X", 140, kind, false).regularAssessmentsPerSemester()).isZero();
  }
}
