package vn.edu.platform.starter.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency records in {@code platform.idempotency_key}. Each statement runs in its own
 * auto-committed transaction: the claim must be visible to a concurrent duplicate at once, before
 * the business transaction even starts.
 */
public class IdempotencyStore {

  private final JdbcClient jdbc;
  private final Duration retention;

  public IdempotencyStore(JdbcClient jdbc, Duration retention) {
    this.jdbc = jdbc;
    this.retention = retention;
  }

  /**
   * Claims the key for a new request. Returns empty when the claim succeeded, or the record that
   * already holds the key (expired records are removed first, so a key can be reused after its
   * retention).
   */
  public Optional<StoredRecord> claim(
      String caller, String key, String requestHash, String method, String path) {
    jdbc.sql(
            "DELETE FROM platform.idempotency_key WHERE caller = :caller AND idem_key = :key"
                + " AND expires_at < now()")
        .param("caller", caller)
        .param("key", key)
        .update();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO platform.idempotency_key
                  (caller, idem_key, request_hash, method, path, state, expires_at)
                VALUES (:caller, :key, :hash, :method, :path, 'IN_PROGRESS', :expires)
                ON CONFLICT (caller, idem_key) DO NOTHING
                """)
            .param("caller", caller)
            .param("key", key)
            .param("hash", requestHash)
            .param("method", method)
            .param("path", path)
            .param("expires", java.sql.Timestamp.from(Instant.now().plus(retention)))
            .update();
    if (inserted == 1) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT request_hash, state, response_status, response_type, response_location,
                   response_etag, response_body
              FROM platform.idempotency_key WHERE caller = :caller AND idem_key = :key
            """)
        .param("caller", caller)
        .param("key", key)
        .query(
            (rs, i) ->
                new StoredRecord(
                    rs.getString("request_hash"),
                    "COMPLETED".equals(rs.getString("state")),
                    rs.getInt("response_status"),
                    rs.getString("response_type"),
                    rs.getString("response_location"),
                    rs.getString("response_etag"),
                    rs.getBytes("response_body")))
        .optional()
        // The holder expired and was deleted between our statements: treat as in progress, the
        // client's retry will claim it.
        .or(() -> Optional.of(new StoredRecord(requestHash, false, 0, null, null, null, null)));
  }

  public void complete(
      String caller,
      String key,
      int status,
      String contentType,
      String location,
      String etag,
      byte[] body) {
    jdbc.sql(
            """
            UPDATE platform.idempotency_key
               SET state = 'COMPLETED', response_status = :status, response_type = :type,
                   response_location = :location, response_etag = :etag, response_body = :body,
                   completed_at = now()
             WHERE caller = :caller AND idem_key = :key
            """)
        .param("status", status)
        .param("type", contentType)
        .param("location", location)
        .param("etag", etag)
        .param("body", body)
        .param("caller", caller)
        .param("key", key)
        .update();
  }

  /** Frees the key after a failure that changed nothing (5xx), so the client may retry with it. */
  public void release(String caller, String key) {
    jdbc.sql(
            "DELETE FROM platform.idempotency_key WHERE caller = :caller AND idem_key = :key"
                + " AND state = 'IN_PROGRESS'")
        .param("caller", caller)
        .param("key", key)
        .update();
  }

  public int purgeExpired() {
    return jdbc.sql("DELETE FROM platform.idempotency_key WHERE expires_at < now()").update();
  }

  /** What the first request with a key left behind. */
  public record StoredRecord(
      String requestHash,
      boolean completed,
      int status,
      String contentType,
      String location,
      String etag,
      byte[] body) {}
}
