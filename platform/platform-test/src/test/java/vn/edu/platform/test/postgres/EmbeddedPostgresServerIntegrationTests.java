package vn.edu.platform.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIntegrationTests {

  private final EmbeddedPostgresServer server = EmbeddedPostgresServer.get();

  @Test
  void startsOneServerPerJvm() {
    assertThat(EmbeddedPostgresServer.get()).isSameAs(server);
  }

  @Test
  void runsPostgresql17() throws SQLException {
    String url = server.createDatabase("version");

    assertThat(query(url, "SHOW server_version")).startsWith("17.");
  }

  @Test
  void createsIsolatedDatabases() throws SQLException {
    String first = server.createDatabase("isolation");
    String second = server.createDatabase("isolation");

    execute(first, "CREATE TABLE plan (id int PRIMARY KEY)");
    execute(first, "INSERT INTO plan VALUES (1)");

    assertThat(first).isNotEqualTo(second);
    assertThat(query(first, "SELECT count(*) FROM plan")).isEqualTo("1");
    assertThat(query(second, "SELECT to_regclass('public.plan') IS NULL")).isEqualTo("t");
  }

  @Test
  void sanitisesDatabaseNamesWithinPostgresLimit() throws SQLException {
    String hint = "Kế hoạch năm học 2025-2026 của Sở GD&ĐT Hải Phòng ".repeat(3);

    String url = server.createDatabase(hint);
    String database = url.substring(url.lastIndexOf('/') + 1);

    assertThat(database).hasSizeLessThanOrEqualTo(63).matches("[a-z][a-z0-9_]*");
    assertThat(query(url, "SELECT current_database()")).isEqualTo(database);
  }

  @Test
  void prefixesNamesThatDoNotStartWithALetter() {
    assertThat(EmbeddedPostgresServer.sanitise("2025 plan", 63)).isEqualTo("db_2025_plan");
  }

  @Test
  void sharesANamedDatabase() throws SQLException {
    String first = server.sharedDatabase("shared_by_name");
    execute(first, "CREATE TABLE marker (id int)");

    String second = server.sharedDatabase("shared_by_name");

    assertThat(second).isEqualTo(first).isEqualTo(server.jdbcUrl("shared_by_name"));
    assertThat(query(second, "SELECT to_regclass('public.marker') IS NOT NULL")).isEqualTo("t");
  }

  private void execute(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String query(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
      return result.getString(1);
    }
  }

  private Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, server.username(), server.password());
  }
}
