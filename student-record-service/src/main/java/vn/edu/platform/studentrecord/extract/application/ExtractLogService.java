package vn.edu.platform.studentrecord.extract.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.extract.application.port.in.ExtractLogQuery;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRepository;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;

/**
 * The log of a record's extracts. The record is read first, as the caller may read it (so a record
 * of another school is not found, and a read from outside the school is audited); the log is the
 * owning school's staff's and the department's.
 */
@Service
class ExtractLogService implements ExtractLogQuery {

  private final SignedRecords records;
  private final ExtractRepository extracts;

  ExtractLogService(SignedRecords records, ExtractRepository extracts) {
    this.records = records;
    this.extracts = extracts;
  }

  @Override
  @Transactional
  public List<Extract> extracts(Actor actor, UUID recordId) {
    requireLogReader(actor, recordId);
    return extracts.ofRecord(recordId);
  }

  @Override
  @Transactional
  public Extract extract(Actor actor, UUID recordId, ExtractNumber number) {
    requireLogReader(actor, recordId);
    return extracts
        .find(recordId, number)
        .orElseThrow(() -> new NotFound("extract-not-found", number.value()));
  }

  private void requireLogReader(Actor actor, UUID recordId) {
    String school = records.readableBy(actor, recordId).schoolCode();
    if (!actor.worksAt(school) && !actor.is(Capacity.DEPARTMENT)) {
      throw new AccessDenied(school);
    }
  }
}
