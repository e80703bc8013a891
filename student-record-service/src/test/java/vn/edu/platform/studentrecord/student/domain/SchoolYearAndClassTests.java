package vn.edu.platform.studentrecord.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/** School years and the classes of a school year. */
class SchoolYearAndClassTests {

  @Test
  void aSchoolYearIsTwoConsecutiveYears() {
    assertThat(SchoolYear.parse("2025-2026")).contains(new SchoolYear(2025));
    assertThat(new SchoolYear(2025)).hasToString("2025-2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-2027", "2025-2025", "2026-2025", "2025/2026", "25-26", "1989-1990"})
  void refusesAnyOtherSchoolYear(String text) {
    assertThat(SchoolYear.parse(text)).isEmpty();
  }

  @Test
  void aSchoolYearRunsFromTheSummerBeforeItToTheEndOfMay() {
    SchoolYear year = new SchoolYear(2025);

    assertThat(year.contains(LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 5, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 5, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(SchoolYear.of(LocalDate.of(2026, 7, 15))).isEqualTo(new SchoolYear(2026));
    assertThat(SchoolYear.of(LocalDate.of(2026, 5, 15))).isEqualTo(new SchoolYear(2025));
    assertThat(year.openingDay()).isEqualTo(LocalDate.of(2025, 9, 5));
  }

  @Test
  void aClassHasAGradeOfGeneralEducationAndAName() {
    assertThatThrownBy(
            () ->
                SchoolClass.create(
                    UUID.randomUUID(),
                    "S311002",
                    new SchoolYear(2025),
                    13,
                    " ",
                    "GV X",
                    Instant.EPOCH))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).violations())
                    .extracting(v -> v.pointer() + " " + v.code())
                    .containsExactly(
                        "/grade grade-out-of-range",
                        "/name required",
                        "/homeroomTeacher login-format"));
    SchoolClass created =
        SchoolClass.create(
                UUID.randomUUID(), "S311002", new SchoolYear(2025), 12, "12A1", null, Instant.EPOCH)
            .state();
    assertThat(created.grade()).isEqualTo(12);
    assertThat(created.homeroomTeacher()).isNull();
  }

  @Test
  void handingAClassToItsOwnTeacherIsNoChange() {
    SchoolClass schoolClass =
        SchoolClass.create(
                UUID.randomUUID(),
                "S311002",
                new SchoolYear(2025),
                5,
                "5A1",
                "gv.s311002",
                Instant.EPOCH)
            .state();

    Changes<SchoolClass> changed = schoolClass.withHomeroomTeacher("gv.moi");

    assertThat(changed.state().homeroomTeacher()).isEqualTo("gv.moi");
    assertThat(changed.state().revision()).isEqualTo(2);
    assertThatThrownBy(() -> schoolClass.withHomeroomTeacher("gv.s311002"))
        .isInstanceOf(StateConflict.class)
        .extracting(e -> ((StateConflict) e).code())
        .isEqualTo("homeroom-teacher-unchanged");
  }

  @Test
  void sensitiveDataTakesAnEthnicGroupOfTheListAndADisabilityWithItsLevel() {
    SensitiveData none = SensitiveData.none("3110250001");

    assertThat(none.revision()).isZero();
    assertThat(
            none.replacedBy(
                    "54", DisabilityKind.VISION, DisabilityLevel.MILD, "S311002", Instant.EPOCH)
                .state()
                .revision())
        .isOne();
    assertThatThrownBy(
            () -> none.replacedBy("55", DisabilityKind.VISION, null, "S311002", Instant.EPOCH))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).violations())
                    .extracting(Violation::code)
                    .containsExactly("ethnicity-code", "disability-kind-and-level"));
    assertThatThrownBy(() -> none.replacedBy("00", null, null, "S311002", Instant.EPOCH))
        .isInstanceOf(RuleViolation.class);
  }
}
