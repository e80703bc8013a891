package vn.edu.platform.studentrecord.record.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.YearResultsQuery;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;

/**
 * Final results: province readers (the department, admission-service and other systems with
 * province-read) read any school or the whole province; a school's staff their own school.
 */
@Service
class YearResultsService implements YearResultsQuery {

  private final SchoolRecordRepository records;
  private final AuditLog audit;

  YearResultsService(SchoolRecordRepository records, AuditLog audit) {
    this.records = records;
    this.audit = audit;
  }

  @Override
  @Transactional
  public RecordQuery.Page finalResults(Actor actor, Filter filter, int page, int size) {
    boolean ownSchool = filter.schoolCode() != null && actor.worksAt(filter.schoolCode());
    if (!ownSchool && !actor.readsProvince()) {
      throw new AccessDenied(filter.schoolCode() == null ? "province" : filter.schoolCode());
    }
    RecordQuery.Page found = records.locked(filter, page, size);
    if (!ownSchool) {
      found
          .items()
          .forEach(
              r ->
                  audit.read(
                      RecordAccess.RECORD,
                      r.id().toString(),
                      r.placement().schoolCode(),
                      "read final year results"));
    }
    return found;
  }
}
