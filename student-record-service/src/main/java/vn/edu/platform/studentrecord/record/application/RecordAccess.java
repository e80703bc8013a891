package vn.edu.platform.studentrecord.record.application;

import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.student.application.port.in.StudentQuery;

/**
 * Who may do what with a record. A record belongs to the school of its placement: that school's
 * staff read it; its school administrator and principal write and move it through the workflow; a
 * teacher writes the records of the class they are homeroom teacher of; the department and
 * government systems with the province-wide read role read every record; a citizen reads the
 * records of a student whose guardian the school linked to their account; commune officers read
 * aggregates only, not records. A record the caller may not read is "not found", so a school learns
 * nothing of another's students; every read from outside the owning school is audited. An imported
 * record belongs to the school that imported it ({@link SchoolRecord#holdingSchool()}): the school
 * that signed it elsewhere, whose code its placement keeps, gains nothing by it.
 */
@Component
class RecordAccess {

  static final String RECORD = "student-record";

  private final StudentQuery students;
  private final AuditLog audit;

  RecordAccess(StudentQuery students, AuditLog audit) {
    this.students = students;
    this.audit = audit;
  }

  /** Refuses (404) a caller who may not read the record, and audits a read from outside. */
  void requireRead(Actor actor, SchoolRecord record, String purpose) {
    String school = record.holdingSchool();
    if (actor.worksAt(school)) {
      return;
    }
    if (actor.readsProvince() || isGuardian(actor, record.studentCode())) {
      audit.read(RECORD, record.id().toString(), school, purpose);
      return;
    }
    throw notFound(record);
  }

  /** Whether the caller reads the student's records as a linked guardian. */
  boolean isGuardian(Actor actor, String studentCode) {
    return actor.is(Capacity.CITIZEN)
        && actor.login() != null
        && students.isLinkedGuardian(studentCode, actor.login());
  }

  /**
   * Refuses a caller who may not enter content for a student placed so: the school's administrator
   * and principal, or the class's homeroom teacher. Staff of other schools do not find the student.
   */
  void requireWrite(Actor actor, Placement placement, String studentCode) {
    String school = placement.schoolCode();
    if (!actor.worksAt(school)) {
      throw new NotFound("student-not-enrolled", studentCode);
    }
    if (actor.is(Capacity.SCHOOL_ADMIN) || actor.is(Capacity.PRINCIPAL)) {
      return;
    }
    if (actor.login() != null && actor.login().equals(placement.homeroomTeacher())) {
      return;
    }
    throw new AccessDenied(school);
  }

  /** The school's managers (administrator, principal) move records through the workflow. */
  void requireManager(Actor actor, SchoolRecord record) {
    String school = record.holdingSchool();
    if (!actor.worksAt(school)) {
      throw notFound(record);
    }
    if (!actor.is(Capacity.SCHOOL_ADMIN) && !actor.is(Capacity.PRINCIPAL)) {
      throw new AccessDenied(school);
    }
  }

  /** Only the school's principal confirms completion of the lower-secondary programme. */
  void requirePrincipal(Actor actor, SchoolRecord record) {
    String school = record.holdingSchool();
    if (!actor.worksAt(school)) {
      throw notFound(record);
    }
    if (!actor.is(Capacity.PRINCIPAL)) {
      throw new AccessDenied(school);
    }
  }

  /** Lists of a school's records: its staff and province readers. */
  void requireList(Actor actor, String schoolCode) {
    if (actor.worksAt(schoolCode) || actor.readsProvince()) {
      return;
    }
    throw new AccessDenied(schoolCode);
  }

  static NotFound notFound(SchoolRecord record) {
    return new NotFound("record-not-found", record.id());
  }
}
