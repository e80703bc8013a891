package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.PrimarySheet;

/** The checks of a primary year's content, as a draft and as a complete record. */
class PrimaryContentChecksTests {

  private static List<Violation> draft(PrimarySheet sheet) {
    return ContentChecks.primaryDraft(sheet.curriculum(), sheet.content());
  }

  private static List<Violation> complete(PrimarySheet sheet) {
    return ContentChecks.primaryComplete(sheet.curriculum(), sheet.content());
  }

  private static ListAssert<Tuple> assertPointersAndCodes(List<Violation> violations) {
    return assertThat(violations.stream().map(v -> tuple(v.pointer(), v.code())).toList());
  }

  @ParameterizedTest(name = "grade {0}")
  @CsvSource({"1", "2", "3", "4", "5"})
  void aCompleteSheetOfEveryGradePassesBothLevels(int grade) {
    var sheet = PrimarySheet.grade(grade);
    assertThat(draft(sheet)).isEmpty();
    assertThat(complete(sheet)).isEmpty();
  }

  @Test
  void theOptionalForeignLanguageOfGrades1And2MayBeTaken() {
    var sheet =
        PrimarySheet.grade(1)
            .put(
                new PrimarySubjectAssessment(
                    "ngoai-ngu-1",
                    SubjectLevel.COMPLETED,
                    SubjectLevel.COMPLETED,
                    null,
                    null,
                    null));
    assertThat(complete(sheet)).isEmpty();
  }

  @Test
  void aTestScoreForASubjectWithoutTestsIsRefused() {
    var sheet =
        PrimarySheet.grade(4)
            .put(
                new PrimarySubjectAssessment(
                    "dao-duc", SubjectLevel.COMPLETED, SubjectLevel.COMPLETED, 8, 9, null));
    String daoDuc = "/subjects/" + sheet.indexOf("dao-duc");
    assertPointersAndCodes(draft(sheet))
        .containsExactly(
            tuple(daoDuc + "/semester1Test", "no-test-for-subject"),
            tuple(daoDuc + "/yearTest", "no-test-for-subject"));
  }

  @Test
  void aTestScoreIs0To10() {
    var sheet = PrimarySheet.grade(4).semester1Test("toan", -1).yearTest("tieng-viet", 11);
    assertPointersAndCodes(draft(sheet))
        .containsExactly(
            tuple(
                "/subjects/" + sheet.indexOf("tieng-viet") + "/yearTest",
                "test-score-out-of-range"),
            tuple(
                "/subjects/" + sheet.indexOf("toan") + "/semester1Test",
                "test-score-out-of-range"));
    assertThat(draft(PrimarySheet.grade(4).semester1Test("toan", 0).yearTest("toan", 10)))
        .isEmpty();
  }

  @Test
  void aTestScoreAsItArrivesIsAWholeNumber() {
    assertPointersAndCodes(
            ContentChecks.rawTestScore("/subjects/0/yearTest", new BigDecimal("7.5")))
        .containsExactly(tuple("/subjects/0/yearTest", "test-score-not-whole"));
    assertPointersAndCodes(
            ContentChecks.rawTestScore("/subjects/0/yearTest", new BigDecimal("10.5")))
        .containsExactly(tuple("/subjects/0/yearTest", "test-score-not-whole"));
    assertPointersAndCodes(ContentChecks.rawTestScore("/subjects/0/yearTest", new BigDecimal("11")))
        .containsExactly(tuple("/subjects/0/yearTest", "test-score-out-of-range"));
    assertThat(ContentChecks.rawTestScore("/subjects/0/yearTest", new BigDecimal("7.0"))).isEmpty();
    assertThat(ContentChecks.rawTestScore("/subjects/0/yearTest", new BigDecimal("10"))).isEmpty();
    assertThat(ContentChecks.rawTestScore("/subjects/0/yearTest", null)).isEmpty();
  }

  @Test
  void missingLevelsTestsQualitiesAndCompetenciesAreViolationsOfACompleteRecordOnly() {
    var sheet =
        PrimarySheet.grade(4)
            .semester1Level("toan", null)
            .yearTest("toan", null)
            .yearLevel("dao-duc", null)
            .quality(Quality.HONESTY, null)
            .competency(Competency.INFORMATICS, null);
    String toan = "/subjects/" + sheet.indexOf("toan");
    assertThat(draft(sheet)).isEmpty();
    assertPointersAndCodes(complete(sheet))
        .containsExactlyInAnyOrder(
            tuple(toan + "/semester1Level", "missing-level"),
            tuple(toan + "/yearTest", "missing-test-score"),
            tuple("/subjects/" + sheet.indexOf("dao-duc") + "/yearLevel", "missing-level"),
            tuple("/qualities/HONESTY", "missing-quality"),
            tuple("/competencies/INFORMATICS", "missing-competency"));
  }

  @Test
  void technologyAndInformaticsMayBeLeftOutInGrades1And2Only() {
    for (int grade : new int[] {1, 2}) {
      var sheet =
          PrimarySheet.grade(grade)
              .competency(Competency.TECHNOLOGY, null)
              .competency(Competency.INFORMATICS, null);
      assertThat(complete(sheet)).isEmpty();
    }
    var grade3 = PrimarySheet.grade(3).competency(Competency.TECHNOLOGY, null);
    assertPointersAndCodes(complete(grade3))
        .containsExactly(tuple("/competencies/TECHNOLOGY", "missing-competency"));
  }

  @Test
  void unknownDuplicateAndMissingSubjectsAreNamed() {
    var sheet = PrimarySheet.grade(4).without("khoa-hoc");
    var content =
        sheet.contentWithAlso(new PrimarySubjectAssessment("toan", null, null, null, null, null));
    int last = content.subjects().size() - 1;
    assertPointersAndCodes(ContentChecks.primaryComplete(sheet.curriculum(), content))
        .containsExactlyInAnyOrder(
            tuple("/subjects/" + last + "/subjectCode", "duplicate-subject"),
            tuple("/subjects", "missing-subject"));
    var unknown =
        PrimarySheet.grade(4)
            .put(new PrimarySubjectAssessment("vat-li", null, null, null, null, null));
    assertPointersAndCodes(draft(unknown))
        .containsExactly(
            tuple("/subjects/" + unknown.indexOf("vat-li") + "/subjectCode", "unknown-subject"));
  }

  @Test
  void absencesAre0To200ASemester() {
    assertPointersAndCodes(draft(PrimarySheet.grade(2).absences(201, -3)))
        .containsExactly(
            tuple("/absencesSemester1", "absences-out-of-range"),
            tuple("/absencesSemester2", "absences-out-of-range"));
  }
}
