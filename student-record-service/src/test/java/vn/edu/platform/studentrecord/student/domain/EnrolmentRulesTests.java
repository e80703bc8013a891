package vn.edu.platform.studentrecord.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;

/** Enrolling, moving between classes, transferring and taking a transfer up. */
class EnrolmentRulesTests {

  private static final SchoolYear YEAR = new SchoolYear(2025);
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 27);

  private final Student student =
      Student.register(
              "3110250001",
              Identity.of(
                  "Nguyễn Thị Ánh",
                  LocalDate.of(2015, 3, 14),
                  "Hải Phòng",
                  Sex.FEMALE,
                  null,
                  false,
                  TODAY),
              "S311002",
              Instant.EPOCH)
          .state();
  private final SchoolClass fiveA1 = schoolClass("S311002", "5A1");
  private final SchoolClass fiveA2 = schoolClass("S311002", "5A2");

  private static SchoolClass schoolClass(String school, String name) {
    return SchoolClass.create(UUID.randomUUID(), school, YEAR, 5, name, null, Instant.EPOCH)
        .state();
  }

  private Enrolling.Enrolled enrol(
      Student who, SchoolClass target, LocalDate start, Enrolment open, Transfer pending) {
    return Enrolling.enrol(UUID.randomUUID(), who, target, start, open, pending, Instant.EPOCH)
        .state();
  }

  private static String code(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation e) {
      return e.violations().getFirst().code();
    } catch (ApplicationException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void enrolsTheStudentInAClassOfTheSchoolHoldingTheFile() {
    Enrolling.Enrolled enrolled = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null);

    assertThat(enrolled.enrolment().isOpen()).isTrue();
    assertThat(enrolled.enrolment().schoolYear()).isEqualTo(YEAR);
    assertThat(enrolled.enrolment().grade()).isEqualTo(5);
    assertThat(enrolled.ended()).isNull();
    assertThat(
            code(
                () ->
                    enrol(
                        student,
                        schoolClass("S311012", "5A"),
                        LocalDate.of(2025, 9, 5),
                        null,
                        null)))
        .isEqualTo("class-of-another-school");
  }

  @Test
  void theFirstDayLiesWithinTheClassesSchoolYear() {
    assertThat(code(() -> enrol(student, fiveA1, LocalDate.of(2025, 5, 31), null, null)))
        .isEqualTo("outside-school-year");
    assertThat(code(() -> enrol(student, fiveA1, LocalDate.of(2026, 6, 1), null, null)))
        .isEqualTo("outside-school-year");
    assertThat(enrol(student, fiveA1, LocalDate.of(2025, 6, 1), null, null)).isNotNull();
  }

  @Test
  void aMoveToAnotherClassEndsTheOpenEnrolmentTheDayBefore() {
    Enrolment open = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null).enrolment();

    Enrolling.Enrolled moved = enrol(student, fiveA2, LocalDate.of(2026, 1, 12), open, null);

    assertThat(moved.ended().endsOn()).isEqualTo(LocalDate.of(2026, 1, 11));
    assertThat(moved.ended().endReason()).isEqualTo(EndReason.CLASS_CHANGED);
    assertThat(moved.enrolment().classId()).isEqualTo(fiveA2.id());
    assertThat(code(() -> enrol(student, fiveA2, LocalDate.of(2025, 9, 5), open, null)))
        .isEqualTo("starts-before-current-enrolment");
    assertThat(code(() -> enrol(student, fiveA1, LocalDate.of(2026, 1, 12), open, null)))
        .isEqualTo("already-enrolled-in-class");
  }

  @Test
  void anOpenEnrolmentAtAnotherSchoolIsTransferredFirst() {
    Student elsewhere =
        new Student(
            student.studentCode(), student.identity(), "S311012", "S311002", Instant.EPOCH, 2);
    Enrolment openAtA = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null).enrolment();

    assertThatThrownBy(
            () ->
                enrol(
                    elsewhere,
                    schoolClass("S311012", "5B"),
                    LocalDate.of(2026, 1, 12),
                    openAtA,
                    null))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("transfer first");
  }

  @Test
  void aTransferWithinTheProvinceMovesTheFileAndIsTakenUpByTheReceivingSchool() {
    Enrolment open = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null).enrolment();

    Transfer.Transferred transferred =
        Transfer.transfer(
                UUID.randomUUID(),
                student,
                open,
                fiveA1,
                "S311012",
                true,
                null,
                TODAY,
                "Gia đình chuyển nơi ở.",
                TODAY,
                Instant.EPOCH)
            .state();
    SchoolClass fiveB = schoolClass("S311012", "5B");

    assertThat(transferred.ended().endsOn()).isEqualTo(TODAY);
    assertThat(transferred.ended().endReason()).isEqualTo(EndReason.TRANSFERRED);
    assertThat(transferred.student().schoolCode()).isEqualTo("S311012");
    assertThat(transferred.transfer().status()).isEqualTo(Transfer.Status.PENDING);
    assertThat(transferred.transfer().className()).isEqualTo("5A1");
    assertThat(code(() -> enrol(transferred.student(), fiveB, TODAY, null, transferred.transfer())))
        .isEqualTo("starts-before-transfer");
    Enrolling.Enrolled taken =
        enrol(transferred.student(), fiveB, TODAY.plusDays(3), null, transferred.transfer());
    assertThat(taken.takenUp().status()).isEqualTo(Transfer.Status.TAKEN_UP);
    assertThat(taken.takenUp().takenUpBy()).isEqualTo(taken.enrolment().id());
    assertThat(taken.enrolment().transferId()).isEqualTo(transferred.transfer().id());
  }

  @Test
  void aTransferOutOfTheProvinceKeepsTheFileAndIsFinal() {
    Enrolment open = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null).enrolment();

    Transfer.Transferred left =
        Transfer.transfer(
                UUID.randomUUID(),
                student,
                open,
                fiveA1,
                null,
                false,
                "Trường Tiểu học Kim Liên, Hà Nội",
                TODAY,
                "Chuyển nơi ở.",
                TODAY,
                Instant.EPOCH)
            .state();

    assertThat(left.student()).isSameAs(student);
    assertThat(left.transfer().status()).isEqualTo(Transfer.Status.LEFT_PROVINCE);
  }

  @Test
  void aTransferNamesOneDestinationAReasonAndALastDayWithinTheEnrolment() {
    Enrolment open = enrol(student, fiveA1, LocalDate.of(2025, 9, 5), null, null).enrolment();

    assertThatThrownBy(
            () ->
                Transfer.transfer(
                    UUID.randomUUID(),
                    student,
                    open,
                    fiveA1,
                    "S311002",
                    true,
                    "Hà Nội",
                    LocalDate.of(2025, 9, 4),
                    " ",
                    TODAY,
                    Instant.EPOCH))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).violations())
                    .extracting(v -> v.pointer() + " " + v.code())
                    .containsExactly(
                        "/destinationOutsideProvince destination-ambiguous",
                        "/reason required",
                        "/date last-day-out-of-range"));
    assertThat(
            code(
                () ->
                    Transfer.transfer(
                        UUID.randomUUID(),
                        student,
                        open,
                        fiveA1,
                        "S311002",
                        true,
                        null,
                        TODAY,
                        "x",
                        TODAY,
                        Instant.EPOCH)))
        .isEqualTo("same-school");
    assertThat(
            code(
                () ->
                    Transfer.transfer(
                        UUID.randomUUID(),
                        student,
                        open,
                        fiveA1,
                        "X11311",
                        false,
                        null,
                        TODAY,
                        "x",
                        TODAY,
                        Instant.EPOCH)))
        .isEqualTo("unknown-school");
    assertThat(
            code(
                () ->
                    Transfer.transfer(
                        UUID.randomUUID(),
                        student,
                        open,
                        fiveA1,
                        null,
                        false,
                        null,
                        TODAY,
                        "x",
                        TODAY,
                        Instant.EPOCH)))
        .isEqualTo("destination-required");
    assertThat(
            code(
                () ->
                    Transfer.transfer(
                        UUID.randomUUID(),
                        student,
                        open,
                        fiveA1,
                        "S311012",
                        true,
                        null,
                        TODAY.plusDays(1),
                        "x",
                        TODAY,
                        Instant.EPOCH)))
        .isEqualTo("last-day-out-of-range");
  }
}
