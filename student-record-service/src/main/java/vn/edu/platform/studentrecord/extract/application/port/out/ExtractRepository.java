package vn.edu.platform.studentrecord.extract.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;

/** The log of extracts (table {@code record_extract}) and the registers' counters. */
public interface ExtractRepository {

  /**
   * The next sequence number of the school's register of the year, from 1. The counter stays locked
   * until the transaction ends, and a transaction that rolls back gives its number back, so the
   * register has no gaps and no number twice.
   */
  long nextSequence(String schoolCode, String schoolYear);

  void insert(Extract extract);

  /** The record's extracts, oldest first. */
  List<Extract> ofRecord(UUID recordId);

  Optional<Extract> find(UUID recordId, ExtractNumber number);

  /** The extract of the record whose verification code has this SHA-256, if any. */
  Optional<Extract> byCodeHash(UUID recordId, String verificationCodeHash);
}
