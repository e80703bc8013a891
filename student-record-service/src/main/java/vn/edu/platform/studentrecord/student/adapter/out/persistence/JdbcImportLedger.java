package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.out.ImportLedger;

/** The import ledger in {@code student_import_row} (V1), written in the chunk's transaction. */
@Repository
class JdbcImportLedger implements ImportLedger {

  private final JdbcClient jdbc;

  JdbcImportLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OptionalLong rowOf(UUID jobId, String studentCode) {
    return jdbc.sql(
            "SELECT row_number FROM student_import_row WHERE job_id = :job"
                + " AND student_code = :code")
        .param("job", jobId)
        .param("code", studentCode)
        .query(Long.class)
        .optional()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  @Override
  public void record(UUID jobId, String studentCode, long rowNumber) {
    jdbc.sql(
            "INSERT INTO student_import_row (job_id, student_code, row_number)"
                + " VALUES (:job, :code, :row)")
        .param("job", jobId)
        .param("code", studentCode)
        .param("row", rowNumber)
        .update();
  }
}
