package vn.edu.platform.studentrecord.record.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.YearResultsQuery;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** The records' storage. */
public interface SchoolRecordRepository {

  Optional<SchoolRecord> find(UUID id);

  /** The record, locked for the rest of the transaction. */
  Optional<SchoolRecord> lock(UUID id);

  /** The current version of a student's record of a year, locked for the transaction. */
  Optional<SchoolRecord> lockCurrent(String studentCode, String schoolYear);

  /** The current versions of these students' records of a year, locked, by student code. */
  java.util.Map<String, SchoolRecord> lockCurrent(
      java.util.List<String> studentCodes, String schoolYear);

  /** These records, by id; {@code lock} takes their row locks for the transaction. */
  java.util.Map<UUID, SchoolRecord> findAll(java.util.List<UUID> ids, boolean lock);

  /**
   * The revisions of these records, by id, their row locks taken for the transaction: a record
   * whose revision is the one read earlier is unchanged since (every change raises it).
   */
  java.util.Map<UUID, Long> lockRevisions(java.util.List<UUID> ids);

  /** Inserts records in batches. */
  void insertAll(java.util.List<SchoolRecord> records);

  /** Updates records (their rows, not their signatures) in batches. */
  void updateAll(java.util.List<SchoolRecord> records);

  /**
   * Updates the status, revision and time of change of records whose transition changed nothing
   * else (a signature), in batches: their content, results and identity are not written again.
   */
  void updateStates(java.util.List<SchoolRecord> records);

  /** Every version of a student's records, oldest first. */
  List<SchoolRecord> history(String studentCode);

  void insert(SchoolRecord record);

  void update(SchoolRecord record);

  RecordQuery.Page list(RecordQuery.Filter filter, int page, int size);

  /** Locked current versions of a year and grade, by school and student code. */
  RecordQuery.Page locked(YearResultsQuery.Filter filter, int page, int size);
}
