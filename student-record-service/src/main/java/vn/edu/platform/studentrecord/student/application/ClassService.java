package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.studentrecord.student.application.port.in.ManageClassesUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/**
 * A school's classes. A class name is unique in its school and year (409 {@code class-exists}
 * naming the class); the database's unique key settles a race.
 */
@Service
class ClassService implements ManageClassesUseCase {

  static final String NOT_FOUND = "class-not-found";

  private final ClassRepository classes;
  private final SchoolDirectory schools;
  private final StudentChanges changes;
  private final Clock clock;

  ClassService(
      ClassRepository classes, SchoolDirectory schools, StudentChanges changes, Clock clock) {
    this.classes = classes;
    this.schools = schools;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public SchoolClass create(Requester requester, StudentCommands.CreateClass c) {
    if (!requester.writes(c.schoolCode())) {
      throw new AccessDenied(c.schoolCode());
    }
    if (!schools.isSchool(c.schoolCode(), PlatformTime.today(clock))) {
      throw StudentRules.refusal("/schoolCode", "unknown-school", c.schoolCode());
    }
    SchoolYear year = schoolYear("/schoolYear", c.schoolYear());
    Changes<SchoolClass> created =
        SchoolClass.create(
            UUID.randomUUID(),
            c.schoolCode(),
            year,
            c.grade(),
            c.name(),
            c.homeroomTeacher(),
            clock.instant());
    SchoolClass schoolClass = created.state();
    classes
        .find(schoolClass.schoolCode(), year, schoolClass.name())
        .ifPresent(
            existing -> {
              throw exists(existing.id());
            });
    if (!classes.insert(schoolClass)) {
      throw exists(
          classes
              .find(schoolClass.schoolCode(), year, schoolClass.name())
              .map(SchoolClass::id)
              .orElseThrow());
    }
    return changes.record(created);
  }

  @Override
  @Transactional
  public SchoolClass changeHomeroomTeacher(
      Requester requester, StudentCommands.ChangeHomeroomTeacher c) {
    SchoolClass schoolClass =
        classes
            .lock(c.classId())
            .filter(found -> requester.reads(found.schoolCode()))
            .orElseThrow(() -> new NotFound(NOT_FOUND, c.classId()));
    if (!requester.writes(schoolClass.schoolCode())) {
      throw new AccessDenied(schoolClass.schoolCode());
    }
    c.expectedRevision().verify("class " + c.classId(), schoolClass.revision());
    Changes<SchoolClass> changed = schoolClass.withHomeroomTeacher(c.login());
    classes.update(changed.state());
    return changes.record(changed);
  }

  /** A school year written {@code 2025-2026}, or 422 {@code school-year-format} at the pointer. */
  static SchoolYear schoolYear(String pointer, String text) {
    return SchoolYear.parse(text)
        .orElseThrow(() -> StudentRules.refusal(pointer, "school-year-format"));
  }

  static AlreadyExists exists(UUID existing) {
    return new AlreadyExists(
        "class-exists", List.of(Violation.at("/name", "duplicate-class-name")), existing);
  }
}
