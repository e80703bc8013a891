package vn.edu.platform.starter.imports.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.starter.imports.file.ImportFormat;

/**
 * SQL of the import tables, schema-qualified because a service's own tables live in {@code public}
 * and its connections default there. Lease arithmetic uses the database clock ({@code now()}) so
 * that nodes with skewed clocks agree on when a lease expired.
 */
public class ImportJobRepository {

  private static final String COLUMNS =
      """
      id, type, status, file_name, format, file_sha256, file_size, submitted_by, org_unit,
      rows_total, rows_read, rows_accepted, rows_rejected, checkpoint_row, attempts,
      lease_owner, lease_until, created_at, started_at, finished_at, failure_code, failure_row""";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  public ImportJobRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /** Inserts a queued job unless the same file was already uploaded; true when inserted. */
  boolean insertIfAbsent(NewJob job) {
    return jdbc.sql(
                """
                INSERT INTO platform.import_job
                  (id, type, status, file_name, format, file_sha256, file_size, submitted_by, org_unit)
                VALUES (:id, :type, 'QUEUED', :fileName, :format, :sha, :size, :submittedBy, :orgUnit)
                ON CONFLICT (type, coalesce(org_unit, ''), file_sha256) DO NOTHING""")
            .param("id", job.id())
            .param("type", job.type())
            .param("fileName", job.fileName())
            .param("format", job.format().name())
            .param("sha", job.fileSha256())
            .param("size", job.fileSize())
            .param("submittedBy", job.submittedBy())
            .param("orgUnit", job.orgUnit())
            .update()
        == 1;
  }

  Optional<ImportJob> findSameFile(String type, @Nullable String orgUnit, String sha256) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM platform.import_job WHERE type = :type"
                + " AND coalesce(org_unit, '') = coalesce(:orgUnit, '') AND file_sha256 = :sha")
        .param("type", type)
        .param("orgUnit", orgUnit, Types.VARCHAR)
        .param("sha", sha256)
        .query(ImportJobRepository::map)
        .optional();
  }

  public Optional<ImportJob> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.import_job WHERE id = :id")
        .param("id", id)
        .query(ImportJobRepository::map)
        .optional();
  }

  /**
   * Puts a failed job back in the queue; its checkpoint is kept, so rows already applied are not
   * applied again.
   */
  boolean requeueFailed(UUID id) {
    return jdbc.sql(
                """
                UPDATE platform.import_job
                   SET status = 'QUEUED', attempts = 0, failure_code = NULL, failure_row = NULL,
                       finished_at = NULL, lease_owner = NULL, lease_until = NULL
                 WHERE id = :id AND status = 'FAILED'""")
            .param("id", id)
            .update()
        == 1;
  }

  /**
   * Claims the oldest job that is queued, or running under an expired lease (its worker died or
   * stopped), for one of the given types. {@code SKIP LOCKED} lets concurrent workers claim
   * different jobs instead of waiting on each other.
   */
  Optional<ImportJob> claimNext(String owner, Duration lease, Collection<String> types) {
    if (types.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            UPDATE platform.import_job
               SET status = 'RUNNING', lease_owner = :owner,
                   lease_until = now() + make_interval(secs => :leaseSeconds),
                   attempts = attempts + 1, started_at = coalesce(started_at, now())
             WHERE id = (SELECT id FROM platform.import_job
                          WHERE type IN (:types)
                            AND (status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now()))
                          ORDER BY created_at
                          LIMIT 1
                          FOR UPDATE SKIP LOCKED)
            """
                + " RETURNING "
                + COLUMNS)
        .param("owner", owner)
        .param("leaseSeconds", (double) lease.toMillis() / 1000)
        .param("types", List.copyOf(types))
        .query(ImportJobRepository::map)
        .optional();
  }

  boolean recordTotal(Lease lease, long rowsTotal, Duration leaseDuration) {
    return fenced(
        "rows_total = :total, lease_until = now() + make_interval(secs => :leaseSeconds)",
        lease,
        spec ->
            spec.param("total", rowsTotal)
                .param("leaseSeconds", (double) leaseDuration.toMillis() / 1000));
  }

  boolean renew(Lease lease, Duration leaseDuration) {
    return fenced(
        "lease_until = now() + make_interval(secs => :leaseSeconds)",
        lease,
        spec -> spec.param("leaseSeconds", (double) leaseDuration.toMillis() / 1000));
  }

  /** Advances counters and checkpoint and renews the lease; false when the lease was lost. */
  boolean advance(
      Lease lease,
      long rowsRead,
      long accepted,
      long rejected,
      long checkpointRow,
      Duration leaseDuration) {
    return fenced(
        """
        rows_read = rows_read + :read, rows_accepted = rows_accepted + :accepted,
        rows_rejected = rows_rejected + :rejected, checkpoint_row = :checkpoint,
        lease_until = now() + make_interval(secs => :leaseSeconds)""",
        lease,
        spec ->
            spec.param("read", rowsRead)
                .param("accepted", accepted)
                .param("rejected", rejected)
                .param("checkpoint", checkpointRow)
                .param("leaseSeconds", (double) leaseDuration.toMillis() / 1000));
  }

  boolean complete(Lease lease) {
    return fenced(
        "status = 'COMPLETED', finished_at = now(), lease_owner = NULL, lease_until = NULL",
        lease,
        spec -> spec);
  }

  boolean fail(Lease lease, String code, @Nullable Long row) {
    return fenced(
        """
        status = 'FAILED', failure_code = :code, failure_row = :row, finished_at = now(),
        lease_owner = NULL, lease_until = NULL""",
        lease,
        spec -> spec.param("code", code).param("row", row, Types.BIGINT));
  }

  /** Lets another worker (or this one after a restart) resume the job at once. */
  boolean release(Lease lease) {
    return fenced("lease_until = now() - interval '1 second'", lease, spec -> spec);
  }

  private boolean fenced(
      String assignments, Lease lease, UnaryOperator<JdbcClient.StatementSpec> params) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                "UPDATE platform.import_job SET "
                    + assignments
                    + " WHERE id = :id AND status = 'RUNNING' AND lease_owner = :owner"
                    + " AND attempts = :attempt")
            .param("id", lease.jobId())
            .param("owner", lease.owner())
            .param("attempt", lease.attempt());
    return params.apply(spec).update() == 1;
  }

  void insertErrors(UUID jobId, List<RowError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        """
        INSERT INTO platform.import_row_error
          (job_id, row_number, seq, column_key, column_name, code, message)
        VALUES (?, ?, ?, ?, ?, ?, ?)""",
        errors,
        1000,
        (ps, error) -> {
          ps.setObject(1, jobId);
          ps.setLong(2, error.rowNumber());
          ps.setInt(3, error.seq());
          ps.setString(4, error.columnKey());
          ps.setString(5, error.columnName());
          ps.setString(6, error.code());
          ps.setString(7, error.message());
        });
  }

  public long countErrors(UUID jobId) {
    return jdbc.sql("SELECT count(*) FROM platform.import_row_error WHERE job_id = :id")
        .param("id", jobId)
        .query(Long.class)
        .single();
  }

  public List<RowError> findErrors(UUID jobId, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT row_number, seq, column_key, column_name, code, message
              FROM platform.import_row_error WHERE job_id = :id
             ORDER BY row_number, seq OFFSET :offset LIMIT :limit""")
        .param("id", jobId)
        .param("offset", offset)
        .param("limit", limit)
        .query(ImportJobRepository::mapError)
        .list();
  }

  /**
   * Streams every error of a job in row order. Must run inside a transaction: PostgreSQL's driver
   * only honours the fetch size (a server-side cursor) when auto-commit is off.
   */
  public void forEachError(UUID jobId, Consumer<RowError> consumer) {
    jdbcTemplate.query(
        connection -> {
          var statement =
              connection.prepareStatement(
                  """
                  SELECT row_number, seq, column_key, column_name, code, message
                    FROM platform.import_row_error WHERE job_id = ? ORDER BY row_number, seq""");
          statement.setFetchSize(1000);
          statement.setObject(1, jobId);
          return statement;
        },
        (ResultSet rs) -> {
          consumer.accept(mapError(rs, 0));
        });
  }

  private static RowError mapError(ResultSet rs, int rowNum) throws SQLException {
    return new RowError(
        rs.getLong("row_number"),
        rs.getInt("seq"),
        rs.getString("column_key"),
        rs.getString("column_name"),
        rs.getString("code"),
        rs.getString("message"));
  }

  private static ImportJob map(ResultSet rs, int rowNum) throws SQLException {
    return new ImportJob(
        rs.getObject("id", UUID.class),
        rs.getString("type"),
        ImportJobStatus.valueOf(rs.getString("status")),
        rs.getString("file_name"),
        ImportFormat.valueOf(rs.getString("format")),
        rs.getString("file_sha256"),
        rs.getLong("file_size"),
        rs.getString("submitted_by"),
        rs.getString("org_unit"),
        nullableLong(rs, "rows_total"),
        rs.getLong("rows_read"),
        rs.getLong("rows_accepted"),
        rs.getLong("rows_rejected"),
        rs.getLong("checkpoint_row"),
        rs.getInt("attempts"),
        rs.getString("lease_owner"),
        instant(rs, "lease_until"),
        requireInstant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("failure_code"),
        nullableLong(rs, "failure_row"));
  }

  private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Instant requireInstant(ResultSet rs, String column) throws SQLException {
    Instant value = instant(rs, column);
    if (value == null) {
      throw new SQLException(column + " is NOT NULL in the schema but was null");
    }
    return value;
  }

  /** The columns of a new job. */
  record NewJob(
      UUID id,
      String type,
      String fileName,
      ImportFormat format,
      String fileSha256,
      long fileSize,
      String submittedBy,
      @Nullable String orgUnit) {}
}
