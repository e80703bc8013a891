package vn.edu.platform.studentrecord.record.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.application.port.out.SigningJobRepository;
import vn.edu.platform.studentrecord.record.domain.SigningJob;

/** Signing jobs in {@code signing_job}. */
@Repository
class JdbcSigningJobRepository implements SigningJobRepository {

  private final JdbcClient jdbc;

  JdbcSigningJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(SigningJob job) {
    jdbc.sql(
            """
            INSERT INTO signing_job (id, school_code, school_year, role, class_id, signer_login,
              record_ids, status, failure, signed, skipped, created_at, finished_at)
            VALUES (:id, :school, :year, :role, :classId, :login, CAST(:records AS UUID[]),
              :status, :failure, :signed, :skipped, :createdAt, :finishedAt)
            """)
        .param("id", job.id())
        .param("school", job.schoolCode())
        .param("year", job.schoolYear())
        .param("role", job.role().name())
        .param("classId", job.classId())
        .param("login", job.signerLogin())
        .param(
            "records",
            "{" + String.join(",", job.recordIds().stream().map(UUID::toString).toList()) + "}")
        .param("status", job.status().name())
        .param("failure", job.failure())
        .param("signed", job.signed())
        .param("skipped", job.skipped())
        .param("createdAt", Timestamp.from(job.createdAt()))
        .param("finishedAt", job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()))
        .update();
  }

  @Override
  public void update(SigningJob job) {
    jdbc.sql(
            """
            UPDATE signing_job SET status = :status, failure = :failure, signed = :signed,
              skipped = :skipped, finished_at = :finishedAt,
              pending_code = CASE WHEN :finished THEN NULL ELSE pending_code END
             WHERE id = :id
            """)
        .param("id", job.id())
        .param("status", job.status().name())
        .param("failure", job.failure())
        .param("signed", job.signed())
        .param("skipped", job.skipped())
        .param("finishedAt", job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()))
        .param("finished", job.status().finished())
        .update();
  }

  @Override
  public Optional<SigningJob> find(UUID id) {
    return jdbc.sql("SELECT * FROM signing_job WHERE id = :id")
        .param("id", id)
        .query(JdbcSigningJobRepository::row)
        .optional();
  }

  @Override
  public boolean offerCode(UUID jobId, String code) {
    return jdbc.sql(
                "UPDATE signing_job SET pending_code = :code WHERE id = :id AND status = 'AWAITING_CODE'")
            .param("id", jobId)
            .param("code", code)
            .update()
        == 1;
  }

  @Override
  public Optional<String> takeCode(UUID jobId) {
    // read and clear in one statement, so a code is handed to the job once
    return jdbc.sql(
            """
            UPDATE signing_job j SET pending_code = NULL
              FROM (SELECT id, pending_code FROM signing_job WHERE id = :id FOR UPDATE) old
             WHERE j.id = old.id AND old.pending_code IS NOT NULL
            RETURNING old.pending_code
            """)
        .param("id", jobId)
        .query(String.class)
        .optional();
  }

  private static SigningJob row(ResultSet rs, int i) throws SQLException {
    Array records = rs.getArray("record_ids");
    List<UUID> ids = Arrays.stream((Object[]) records.getArray()).map(o -> (UUID) o).toList();
    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new SigningJob(
        rs.getObject("id", UUID.class),
        rs.getString("school_code"),
        rs.getString("school_year"),
        SignerRole.valueOf(rs.getString("role")),
        rs.getObject("class_id", UUID.class),
        rs.getString("signer_login"),
        ids,
        SigningJob.Status.valueOf(rs.getString("status")),
        rs.getString("failure"),
        rs.getInt("signed"),
        rs.getInt("skipped"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
