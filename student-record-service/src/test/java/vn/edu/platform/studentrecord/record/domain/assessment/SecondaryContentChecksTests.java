package vn.edu.platform.studentrecord.record.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet.semester;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.Curricula;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.PrimarySheet;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** The checks of a secondary year's content, as a draft and as a complete record. */
class SecondaryContentChecksTests {

  private static List<Violation> draft(SecondarySheet sheet) {
    return ContentChecks.secondaryDraft(sheet.curriculum(), sheet.content());
  }

  private static List<Violation> complete(SecondarySheet sheet) {
    return ContentChecks.secondaryComplete(sheet.curriculum(), sheet.content());
  }

  private static ListAssert<Tuple> assertPointersAndCodes(List<Violation> violations) {
    return assertThat(violations.stream().map(v -> tuple(v.pointer(), v.code())).toList());
  }

  @ParameterizedTest(name = "grade {0}")
  @CsvSource({"6", "7", "8", "9", "10", "11", "12"})
  void aCompleteSheetOfEveryGradePassesBothLevels(int grade) {
    var sheet = SecondarySheet.grade(grade);
    assertThat(draft(sheet)).isEmpty();
    assertThat(complete(sheet)).isEmpty();
  }

  @Test
  void anUnknownSubjectIsNamedAtItsCode() {
    var sheet = SecondarySheet.grade(6).with("vat-li");
    int at = sheet.indexOf("vat-li");
    assertPointersAndCodes(draft(sheet))
        .containsExactly(tuple("/subjects/" + at + "/subjectCode", "unknown-subject"));
    assertThat(draft(sheet).getFirst().defaultMessage()).contains("vat-li");
  }

  @Test
  void aSubjectGivenTwiceIsNamedAtItsSecondEntry() {
    var sheet = SecondarySheet.grade(6);
    var content = sheet.contentWithAlso(new SecondarySubjectAssessment("toan", null, null, null));
    int second = content.subjects().size() - 1;
    assertPointersAndCodes(ContentChecks.secondaryDraft(sheet.curriculum(), content))
        .containsExactly(tuple("/subjects/" + second + "/subjectCode", "duplicate-subject"));
  }

  @Test
  void aMissingCompulsorySubjectIsAViolationOfACompleteRecordOnly() {
    var sheet = SecondarySheet.grade(6).without("tin-hoc").without("nghe-thuat");
    assertThat(draft(sheet)).isEmpty();
    assertPointersAndCodes(complete(sheet))
        .containsExactly(
            tuple("/subjects", "missing-subject"), tuple("/subjects", "missing-subject"));
    assertThat(complete(sheet))
        .extracting(Violation::defaultMessage)
        .anySatisfy(m -> assertThat(m).contains("tin-hoc"))
        .anySatisfy(m -> assertThat(m).contains("nghe-thuat"));
  }

  @Test
  void tooManyElectivesAreAViolationOfADraftTooFewOnlyOfACompleteRecord() {
    var five = SecondarySheet.grade(10).with("sinh-hoc");
    assertPointersAndCodes(draft(five)).containsExactly(tuple("/subjects", "elective-count"));
    assertPointersAndCodes(complete(five)).containsExactly(tuple("/subjects", "elective-count"));

    var three = SecondarySheet.grade(10).without("hoa-hoc");
    assertThat(draft(three)).isEmpty();
    assertPointersAndCodes(complete(three)).containsExactly(tuple("/subjects", "elective-count"));
  }

  @Test
  void scoresForACommentSubjectOrACommentForAScoredSubjectMismatchTheAssessmentKind() {
    var sheet =
        SecondarySheet.grade(6)
            .replace(
                "nghe-thuat", semester("7 7 7 | 7 | 7"), new CommentSemester(CommentResult.PASSED))
            .replace(
                "toan", semester("7 7 7 7 | 7 | 7"), new CommentSemester(CommentResult.PASSED));
    assertPointersAndCodes(draft(sheet))
        .containsExactlyInAnyOrder(
            tuple(
                "/subjects/" + sheet.indexOf("nghe-thuat") + "/semester1",
                "assessment-kind-mismatch"),
            tuple("/subjects/" + sheet.indexOf("toan") + "/semester2", "assessment-kind-mismatch"));
  }

  @ParameterizedTest(name = "grade {0} {1}: {2} given")
  @CsvSource({
    // cong-nghe: 35 periods in grade 6 → 2; 52 in grade 8 → 3; toan: 140 → 4
    "6,  cong-nghe, 7 7 7,     true",
    "6,  cong-nghe, 7,         false",
    "8,  cong-nghe, 7 7 7 7,   true",
    "8,  cong-nghe, 7 7,       false",
    "8,  toan,      7 7 7 7 7, true",
    "8,  toan,      7 7 7,     false",
    "10, giao-duc-quoc-phong-an-ninh, 7 7 7, true",
  })
  void theNumberOfRegularAssessmentsFollowsTheSubjectsYearlyPeriods(
      int grade, String code, String regular, boolean tooMany) {
    var sheet = SecondarySheet.grade(grade);
    int required = sheet.curriculum().subject(code).orElseThrow().regularAssessmentsPerSemester();
    sheet.semesters(code, regular + " | 7 | 7", "7 ".repeat(required) + "| 7 | 7");
    var expected =
        tuple(
            "/subjects/" + sheet.indexOf(code) + "/semester1/regular",
            "wrong-regular-assessment-count");
    if (tooMany) {
      assertPointersAndCodes(draft(sheet)).containsExactly(expected);
    } else {
      assertThat(draft(sheet)).isEmpty();
    }
    assertPointersAndCodes(complete(sheet)).containsExactly(expected);
  }

  @Test
  void scoresOutsideZeroToTenOrWithTwoDecimalsAreNamedAtTheirPlace() {
    var sheet =
        SecondarySheet.grade(6)
            .semesters("cong-nghe", "7 10.5 | -0.5 | 7.25", "7 7 | 7 | 7")
            .semesters("tin-hoc", "7 7.50 | 10 | 0", "7.05 7 | 7 | 7");
    String congNghe = "/subjects/" + sheet.indexOf("cong-nghe");
    String tinHoc = "/subjects/" + sheet.indexOf("tin-hoc");
    assertPointersAndCodes(draft(sheet))
        .containsExactlyInAnyOrder(
            tuple(congNghe + "/semester1/regular/1", "score-out-of-range"),
            tuple(congNghe + "/semester1/midTerm", "score-out-of-range"),
            tuple(congNghe + "/semester1/endOfTerm", "score-too-precise"),
            tuple(tinHoc + "/semester2/regular/0", "score-too-precise"));
  }

  @Test
  void missingValuesAreAViolationOfACompleteRecordOnly() {
    var sheet =
        SecondarySheet.grade(6)
            .replace("toan", semester("7 - 7 7 | - | 7"), null)
            .replace(
                "nghe-thuat", new CommentSemester(null), new CommentSemester(CommentResult.PASSED))
            .conduct(ConductLevel.GOOD, null, null);
    String toan = "/subjects/" + sheet.indexOf("toan");
    assertThat(draft(sheet)).isEmpty();
    assertPointersAndCodes(complete(sheet))
        .containsExactlyInAnyOrder(
            tuple(toan + "/semester1/regular/1", "missing-score"),
            tuple(toan + "/semester1/midTerm", "missing-score"),
            tuple(toan + "/semester2", "missing-assessment"),
            tuple(
                "/subjects/" + sheet.indexOf("nghe-thuat") + "/semester1/result", "missing-result"),
            tuple("/conductSemester2", "missing-conduct"),
            tuple("/conductYear", "missing-conduct"));
  }

  @Test
  void absencesAre0To200ASemester() {
    assertThat(draft(SecondarySheet.grade(6).absences(0, 200))).isEmpty();
    assertPointersAndCodes(draft(SecondarySheet.grade(6).absences(-1, 201)))
        .containsExactly(
            tuple("/absencesSemester1", "absences-out-of-range"),
            tuple("/absencesSemester2", "absences-out-of-range"));
  }

  @Test
  void everyProblemOfASheetIsReportedAtOnce() {
    var sheet =
        SecondarySheet.grade(6)
            .with("vat-li")
            .without("tin-hoc")
            .semesters("cong-nghe", "7 7 7 | 11 | 7", "7 7 | 7 | 7.25")
            .replace("nghe-thuat", semester("7 7 7 | 7 | 7"), null)
            .conduct(null)
            .absences(300, 0);
    assertPointersAndCodes(complete(sheet))
        .containsExactlyInAnyOrder(
            tuple("/subjects/" + sheet.indexOf("vat-li") + "/subjectCode", "unknown-subject"),
            tuple("/subjects", "missing-subject"),
            tuple(
                "/subjects/" + sheet.indexOf("cong-nghe") + "/semester1/regular",
                "wrong-regular-assessment-count"),
            tuple(
                "/subjects/" + sheet.indexOf("cong-nghe") + "/semester1/midTerm",
                "score-out-of-range"),
            tuple(
                "/subjects/" + sheet.indexOf("cong-nghe") + "/semester2/endOfTerm",
                "score-too-precise"),
            tuple(
                "/subjects/" + sheet.indexOf("nghe-thuat") + "/semester1",
                "assessment-kind-mismatch"),
            tuple("/subjects/" + sheet.indexOf("nghe-thuat") + "/semester2", "missing-assessment"),
            tuple("/conductSemester1", "missing-conduct"),
            tuple("/conductSemester2", "missing-conduct"),
            tuple("/conductYear", "missing-conduct"),
            tuple("/absencesSemester1", "absences-out-of-range"));
    assertThat(complete(sheet)).allSatisfy(v -> assertThat(v.defaultMessage()).isNotBlank());
  }

  @Test
  void theComputationRefusesContentThatIsNotComplete() {
    var sheet = SecondarySheet.grade(6).conduct(null);
    assertThatThrownBy(sheet::evaluate)
        .isInstanceOf(InvalidContentException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e ->
                assertThat(((InvalidContentException) e).violations())
                    .extracting(Violation::code)
                    .containsOnly("missing-conduct"));
  }

  @Test
  void aPrimaryGradeIsNotCheckedUnderCircular22() {
    var primary = Curricula.grade(3);
    var content = SecondarySheet.grade(6).content();
    assertThatThrownBy(() -> ContentChecks.secondaryDraft(primary, content))
        .isInstanceOf(IllegalArgumentException.class);
    var secondary = Curricula.grade(6);
    var primaryContent = PrimarySheet.grade(3).content();
    assertThatThrownBy(() -> ContentChecks.primaryComplete(secondary, primaryContent))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
