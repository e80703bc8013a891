package vn.edu.platform.studentrecord.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/** A student's identity: its rules, its normalisation, and the corrections of it. */
class IdentityTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static List<String> refusal(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation e) {
      assertThat(e.code()).isEqualTo("student-rule");
      return e.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    }
    throw new AssertionError("not refused");
  }

  private static Identity girl(String personalId) {
    return Identity.of(
        "Nguyễn Thị Ánh",
        LocalDate.of(2015, 3, 14),
        "Hải Phòng",
        Sex.FEMALE,
        personalId,
        false,
        TODAY);
  }

  @Test
  void storesTheNameNfcNormalisedAndStripped() {
    String decomposed = Normalizer.normalize("  Nguyễn   Thị Ánh ", Normalizer.Form.NFD);

    Identity identity =
        Identity.of(
            decomposed, LocalDate.of(2015, 3, 14), "Hải Phòng", Sex.FEMALE, null, false, TODAY);

    assertThat(identity.fullName()).isEqualTo("Nguyễn Thị Ánh");
    assertThat(Normalizer.isNormalized(identity.fullName(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void aDateOfBirthLiesBetweenTheFirstOf1990AndToday() {
    assertThat(Identity.of("A", Identity.EARLIEST_BIRTH, "B", Sex.MALE, null, false, TODAY))
        .isNotNull();
    assertThat(Identity.of("A", TODAY, "B", Sex.MALE, null, false, TODAY)).isNotNull();
    assertThat(
            refusal(
                () ->
                    Identity.of(
                        "A", LocalDate.of(1989, 12, 31), "B", Sex.MALE, null, false, TODAY)))
        .containsExactly("/dateOfBirth date-of-birth-out-of-range");
    assertThat(
            refusal(() -> Identity.of("A", TODAY.plusDays(1), "B", Sex.MALE, null, false, TODAY)))
        .containsExactly("/dateOfBirth date-of-birth-out-of-range");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertThat(refusal(() -> Identity.of(" ", null, "x".repeat(201), null, "12", true, TODAY)))
        .containsExactly(
            "/fullName required",
            "/placeOfBirth too-long",
            "/dateOfBirth required",
            "/sex required",
            "/personalId personal-id-format");
  }

  @Test
  void aVerifiedPersonalIdNeedsANumber() {
    assertThat(
            refusal(
                () ->
                    Identity.of(
                        "A", LocalDate.of(2015, 3, 14), "B", Sex.FEMALE, null, true, TODAY)))
        .containsExactly("/personalIdVerified personal-id-missing");
    assertThat(girl("031315000123").personalIdVerified()).isFalse();
  }

  @Test
  void checkedCollectsTheViolationsForTheBulkImport() {
    List<Violation> violations = new java.util.ArrayList<>();

    Identity identity =
        Identity.checked(
            "A",
            LocalDate.of(2015, 3, 14),
            "B",
            Sex.MALE,
            "031315000123",
            false,
            TODAY,
            violations);

    assertThat(identity).isNull();
    assertThat(violations).extracting(Violation::code).containsExactly("personal-id-sex-mismatch");
  }

  @Test
  void aStudentCodeIsTenDigits() {
    assertThat(refusal(() -> Student.register("311025000", girl(null), "S311002", Instant.EPOCH)))
        .containsExactly("/studentCode student-code-format");
    Student student = Student.register("3110250001", girl(null), "S311002", Instant.EPOCH).state();
    assertThat(student.schoolCode()).isEqualTo("S311002");
    assertThat(student.registeredBy()).isEqualTo("S311002");
    assertThat(student.revision()).isOne();
  }

  @Test
  void aNewPersonalIdIsNotVerifiedUnlessTheCorrectionSaysSo() {
    Student verified =
        new Student(
            "3110250001",
            Identity.of(
                "Nguyễn Thị Ánh",
                LocalDate.of(2015, 3, 14),
                "Hải Phòng",
                Sex.FEMALE,
                "031315000123",
                true,
                TODAY),
            "S311002",
            "S311002",
            Instant.EPOCH,
            3);

    Changes<Student> renumbered =
        verified.correct(
            new Student.IdentityCorrection(null, null, null, null, "031315000999", null), TODAY);
    Changes<Student> renamed =
        verified.correct(
            new Student.IdentityCorrection("Nguyễn Thị Ánh Dương", null, null, null, null, null),
            TODAY);
    Changes<Student> same =
        verified.correct(
            new Student.IdentityCorrection("Nguyễn Thị Ánh", null, null, null, null, null), TODAY);

    assertThat(renumbered.state().identity().personalIdVerified()).isFalse();
    assertThat(renumbered.state().revision()).isEqualTo(4);
    assertThat(renumbered.events())
        .singleElement()
        .isEqualTo(
            new StudentEvent.IdentityCorrected(
                renumbered.state(), List.of("personalId", "personalIdVerified")));
    assertThat(renamed.state().identity().personalIdVerified()).isTrue();
    assertThat(same.events()).isEmpty();
    assertThat(same.state()).isSameAs(verified);
  }

  @Test
  void aCorrectionKeepsTheNumberAgainstTheCorrectedBirthAndSex() {
    Student student =
        Student.register("3110250001", girl("031315000123"), "S311002", Instant.EPOCH).state();

    assertThatThrownBy(
            () ->
                student.correct(
                    new Student.IdentityCorrection(null, null, null, Sex.MALE, null, null), TODAY))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).violations())
                    .extracting(Violation::code)
                    .containsExactly("personal-id-sex-mismatch"));
  }

  @Test
  void namesAreFoldedForSearchAndSortedByGivenName() {
    assertThat(StudentRules.fold("Nguyễn Thị Ánh")).isEqualTo("nguyen thi anh");
    assertThat(StudentRules.fold("ĐẶNG  Văn Đức")).isEqualTo("dang van duc");
    assertThat(StudentRules.sortKey("Nguyễn Thị Ánh")).isEqualTo("anh nguyen thi anh");
  }
}
