package vn.edu.platform.studentrecord.extract.application.port.in;

import java.util.List;
import java.util.UUID;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/**
 * The log of a record's extracts: who had one issued, when and why. For the staff of the school
 * that owns the record and for the department; a record the caller may not read is not found, a
 * reader who is neither (a guardian, a government system) is refused.
 */
public interface ExtractLogQuery {

  /** The record's extracts, oldest first. */
  List<Extract> extracts(Actor actor, UUID recordId);

  /** One extract of the record: 404 {@code extract-not-found} when it has none of that number. */
  Extract extract(Actor actor, UUID recordId, ExtractNumber number);
}
