package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.studentrecord.student.application.port.in.ImportStudentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.application.port.out.ImportLedger;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Enrolling;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/**
 * A school's bulk import of its students, row by row. Every rule is checked before anything is
 * written, so a refused row leaves no trace in the chunk's transaction (the framework rolls it back
 * to a savepoint, but an event published before the refusal would still be relayed after commit).
 * What the school has already with the same data is left alone: the same file twice changes
 * nothing; a student registered with other data, or held by another school, is refused.
 */
@Service
class StudentImportService implements ImportStudentsUseCase {

  private final StudentRepository students;
  private final ClassRepository classes;
  private final EnrolmentRepository enrolments;
  private final SchoolDirectory schools;
  private final ImportLedger ledger;
  private final StudentRegistrations registrations;
  private final EnrolmentDecisions decisions;
  private final StudentChanges changes;
  private final Clock clock;

  StudentImportService(
      StudentRepository students,
      ClassRepository classes,
      EnrolmentRepository enrolments,
      SchoolDirectory schools,
      ImportLedger ledger,
      StudentRegistrations registrations,
      EnrolmentDecisions decisions,
      StudentChanges changes,
      Clock clock) {
    this.students = students;
    this.classes = classes;
    this.enrolments = enrolments;
    this.schools = schools;
    this.ledger = ledger;
    this.registrations = registrations;
    this.decisions = decisions;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Outcome importRow(String schoolCode, UUID jobId, StudentCommands.ImportStudent row) {
    LocalDate today = PlatformTime.today(clock);
    String context = " (import job " + jobId + ", row " + row.rowNumber() + ")";
    if (!schools.isSchool(schoolCode, today)) {
      throw StudentRules.refusal("", "uploader-not-a-school");
    }
    OptionalLong first = ledger.rowOf(jobId, row.studentCode());
    if (first.isPresent()) {
      throw StudentRules.refusal("/studentCode", "duplicate-in-file", first.getAsLong());
    }
    Identity identity =
        Identity.of(
            row.fullName(),
            row.dateOfBirth(),
            row.placeOfBirth(),
            row.sex(),
            row.personalId(),
            false,
            today);
    SchoolYear year = ClassService.schoolYear("/schoolYear", row.schoolYear());

    // 1. decide, reading only
    Student existing = students.lock(row.studentCode()).orElse(null);
    Changes<Student> registered = null;
    Student student = existing;
    if (existing == null) {
      registered = Student.register(row.studentCode(), identity, schoolCode, clock.instant());
      student = registered.state();
    } else if (!existing.schoolCode().equals(schoolCode)) {
      throw StudentRules.refusal("/studentCode", "student-of-another-school");
    } else if (!existing.sameAs(identity)) {
      throw StudentRules.refusal("/studentCode", "student-registered-with-other-data");
    }
    SchoolClass schoolClass =
        classes.find(schoolCode, year, StudentRules.text(row.className())).orElse(null);
    Changes<SchoolClass> created = null;
    if (schoolClass == null) {
      created =
          SchoolClass.create(
              UUID.randomUUID(),
              schoolCode,
              year,
              row.grade(),
              row.className(),
              null,
              clock.instant());
      schoolClass = created.state();
    } else if (schoolClass.grade() != row.grade()) {
      throw StudentRules.refusal("/grade", "class-grade-mismatch", schoolClass.grade());
    }
    Enrolment open =
        existing == null ? null : enrolments.openOf(existing.studentCode(), year).orElse(null);
    Changes<Enrolling.Enrolled> enrolled = null;
    if (open == null || !open.classId().equals(schoolClass.id())) {
      LocalDate start = row.startDate() == null ? year.openingDay() : row.startDate();
      enrolled = decisions.enrolIn(student, schoolClass, start);
    }

    // 2. write, then announce
    if (registered != null) {
      registrations.insert(registered.state());
    }
    if (created != null && !classes.insert(created.state())) {
      throw StudentRules.refusal("/className", "class-created-concurrently");
    }
    if (enrolled != null) {
      decisions.store(enrolled.state());
    }
    ledger.record(jobId, row.studentCode(), row.rowNumber());
    if (registered != null) {
      changes.record(registered, context);
    }
    if (created != null) {
      changes.record(created, context);
    }
    if (enrolled != null) {
      changes.record(enrolled, context);
    }
    return registered != null
        ? Outcome.REGISTERED
        : enrolled != null ? Outcome.ENROLLED : Outcome.UNCHANGED;
  }
}
