package vn.edu.platform.test.securitykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/** The digest on the kit's real PostgreSQL: a changed row shows, a bookkeeping table does not. */
class TableDigestIntegrationTests {

  private DataSource dataSource;
  private TableDigest digest;

  @BeforeEach
  void createTables() throws SQLException {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
    dataSource =
        new DriverManagerDataSource(
            server.createDatabase("table_digest"), server.username(), server.password());
    execute(
        "create schema svc",
        "create table svc.plan (id int primary key, title text)",
        "create table svc.idempotency_key (key text primary key)",
        "insert into svc.plan values (1, 'Kế hoạch'), (2, 'Nhiệm vụ')");
    digest = new TableDigest(dataSource, List.of("svc"), Set.of("svc.idempotency_key"));
  }

  @Test
  void isStableWhileNothingChanges() {
    assertThat(digest.take()).isEqualTo(digest.take()).containsOnlyKeys("svc.plan");
  }

  @Test
  void showsAChangedRowAndIgnoresBookkeepingTables() throws SQLException {
    Map<String, String> before = digest.take();

    execute("insert into svc.idempotency_key values ('k1')");
    assertThat(TableDigest.changed(before, digest.take())).isEmpty();

    execute("update svc.plan set title = 'Kế hoạch\u202E' where id = 1");
    assertThat(TableDigest.changed(before, digest.take())).containsExactly("svc.plan");
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
