package vn.edu.platform.runtime.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIntegrationTests {

  @TempDir Path dir;

  @Test
  void aPersistentDataDirectoryIsInitialisedOnceAndKeepsItsDataAcrossRestarts() throws Exception {
    Path data = dir.resolve("postgres");
    try (PostgresServer first =
        PostgresServer.builder().dataDirectory(data).logFile(dir.resolve("pg.log")).start()) {
      assertThat(first.initialisedDataDirectory()).isTrue();
      first.ensureDatabase("plan", "secret");
      first.ensureDatabase("plan", "secret"); // idempotent: an existing role and database stay
      try (Connection connection =
              DriverManager.getConnection(first.jdbcUrl("plan"), "plan", "secret");
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (v text)");
        statement.execute("INSERT INTO kept VALUES ('still here')");
      }
      assertThat(first.process()).isPresent();
    }
    assertThat(data.resolve("postmaster.pid")).doesNotExist(); // a clean shutdown

    try (PostgresServer second = PostgresServer.builder().dataDirectory(data).start();
        Connection connection =
            DriverManager.getConnection(second.jdbcUrl("plan"), "plan", "secret");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
      assertThat(second.initialisedDataDirectory()).isFalse();
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("still here");
    }
    assertThat(Files.readString(dir.resolve("pg.log"))).isNotEmpty();
  }

  @Test
  void aThrowAwayServerTakesItsSettingsAndAFreePort() throws Exception {
    try (PostgresServer server =
        PostgresServer.builder().serverConfig("timezone", "Asia/Ho_Chi_Minh").start()) {
      server.execute("CREATE DATABASE scratch");
      try (Connection connection =
              DriverManager.getConnection(
                  server.jdbcUrl("scratch"), PostgresServer.SUPERUSER, "unused");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SHOW timezone")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Asia/Ho_Chi_Minh");
      }
      assertThat(server.port()).isPositive();
      assertThat(server.initialisedDataDirectory()).isTrue();
    }
  }
}
