package vn.edu.platform.studentrecord.student.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.Sex;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentEvent;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * The enrolment and transfer use cases against fakes of their out-ports: who reaches a student,
 * what a transfer stores, audits and announces, and what the receiving school may then do.
 */
class EnrolmentServiceTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-27T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 27);
  private static final SchoolYear YEAR = new SchoolYear(2025);

  private final InMemoryStudents store = new InMemoryStudents();
  private EnrolmentService service;
  private SchoolClass fiveA;
  private SchoolClass fiveB;

  @BeforeEach
  void setUp() {
    StudentChanges changes = new StudentChanges(store, store);
    service =
        new EnrolmentService(
            store,
            store,
            store,
            store,
            new StudentAccess(store),
            new EnrolmentDecisions(store, CLOCK),
            changes,
            CLOCK);
    store.insert(
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
            .state());
    fiveA = schoolClass("S311002", "5A");
    fiveB = schoolClass("S311012", "5B");
  }

  private SchoolClass schoolClass(String school, String name) {
    SchoolClass created =
        SchoolClass.create(UUID.randomUUID(), school, YEAR, 5, name, null, Instant.EPOCH).state();
    store.insert(created);
    return created;
  }

  private StudentCommands.Transfer toOtherSchool() {
    return new StudentCommands.Transfer("3110250001", TODAY, "Chuyển nhà.", "S311012", null);
  }

  @Test
  void aTransferEndsTheEnrolmentMovesTheFileAuditsAndAnnounces() {
    service.enrol(
        Requester.school("S311002"),
        new StudentCommands.Enrol("3110250001", fiveA.id(), LocalDate.of(2025, 9, 5)));

    Transfer transfer = service.transfer(Requester.school("S311002"), toOtherSchool());

    assertThat(store.students.get("3110250001").schoolCode()).isEqualTo("S311012");
    assertThat(store.openOf("3110250001", YEAR)).isEmpty();
    assertThat(store.transfers).containsValue(transfer);
    assertThat(store.published)
        .hasSize(2)
        .last()
        .isInstanceOf(StudentEvent.StudentTransferred.class);
    assertThat(store.audit)
        .last()
        .asString()
        .startsWith("UPDATE student 3110250001 S311002: transfer to S311012 after 2026-02-27");
  }

  @Test
  void theReceivingSchoolEnrolsTheStudentAndTheSendingSchoolNoLongerReachesThem() {
    service.enrol(
        Requester.school("S311002"),
        new StudentCommands.Enrol("3110250001", fiveA.id(), LocalDate.of(2025, 9, 5)));
    Transfer transfer = service.transfer(Requester.school("S311002"), toOtherSchool());

    var enrolled =
        service.enrol(
            Requester.school("S311012"),
            new StudentCommands.Enrol("3110250001", fiveB.id(), TODAY.plusDays(1)));

    assertThat(enrolled.enrolment().transferId()).isEqualTo(transfer.id());
    assertThat(store.transfers.get(transfer.id()).status()).isEqualTo(Transfer.Status.TAKEN_UP);
    assertThatThrownBy(() -> service.transfer(Requester.school("S311002"), toOtherSchool()))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aReaderWhoMayNotChangeTheStudentIsRefusedAndNothingIsStored() {
    Requester reader =
        new Requester() {
          @Override
          public boolean reads(String school) {
            return true;
          }

          @Override
          public boolean writes(String school) {
            return false;
          }

          @Override
          public boolean worksAt(String school) {
            return false;
          }

          @Override
          public boolean readsSensitive(String school) {
            return false;
          }

          @Override
          public boolean provinceWide() {
            return true;
          }

          @Override
          public java.util.Optional<String> citizenLogin() {
            return java.util.Optional.empty();
          }
        };

    assertThatThrownBy(
            () ->
                service.enrol(
                    reader,
                    new StudentCommands.Enrol("3110250001", fiveA.id(), LocalDate.of(2025, 9, 5))))
        .isInstanceOf(AccessDenied.class);
    assertThat(store.enrolments).isEmpty();
    assertThat(store.audit).isEmpty();
  }

  @Test
  void aStudentWithoutAnOpenEnrolmentIsNotTransferred() {
    assertThatThrownBy(() -> service.transfer(Requester.school("S311002"), toOtherSchool()))
        .isInstanceOf(StateConflict.class)
        .extracting(e -> ((StateConflict) e).code())
        .isEqualTo("no-current-enrolment");
    assertThat(store.published).isEmpty();
  }
}
