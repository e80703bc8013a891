package vn.edu.platform.studentrecord.record.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;

/** Reads, each decided by {@link RecordAccess} (and audited there when from outside the school). */
@Service
class RecordQueryService implements RecordQuery {

  private final SchoolRecordRepository records;
  private final RecordAccess access;
  private final EnrolmentQuery enrolments;

  RecordQueryService(
      SchoolRecordRepository records, RecordAccess access, EnrolmentQuery enrolments) {
    this.records = records;
    this.access = access;
    this.enrolments = enrolments;
  }

  @Override
  @Transactional
  public SchoolRecord record(Actor actor, UUID recordId) {
    SchoolRecord record =
        records.find(recordId).orElseThrow(() -> new NotFound("record-not-found", recordId));
    access.requireRead(actor, record, "read record");
    return record;
  }

  @Override
  @Transactional
  public List<SchoolRecord> history(Actor actor, String studentCode) {
    List<SchoolRecord> all = records.history(studentCode);
    // a school reads the whole history of a student it teaches now (transfers keep it with the
    // student): the school of the latest record, or of the student's current enrolment (a school
    // that received the student reads the history before it has a record of its own); others as
    // they may read each record
    boolean currentSchool =
        !all.isEmpty()
            && (actor.worksAt(all.getLast().holdingSchool())
                || enrolments
                    .currentEnrolment(studentCode)
                    .map(e -> actor.worksAt(e.schoolCode()))
                    .orElse(false));
    if (currentSchool) {
      return all;
    }
    List<SchoolRecord> readable =
        all.stream()
            .filter(
                r ->
                    actor.worksAt(r.holdingSchool())
                        || actor.readsProvince()
                        || access.isGuardian(actor, studentCode))
            .toList();
    if (readable.isEmpty()) {
      throw new NotFound("student-not-found", studentCode);
    }
    readable.forEach(r -> access.requireRead(actor, r, "read record history"));
    return readable;
  }

  @Override
  @Transactional(readOnly = true)
  public Page records(Actor actor, Filter filter, int page, int size) {
    access.requireList(actor, filter.schoolCode());
    return records.list(filter, page, size);
  }
}
