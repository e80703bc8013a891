package vn.edu.platform.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.edu.platform.test.PlatformIntegrationTest;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/** A class that names its database joins that database instead of getting a fresh one. */
@PlatformIntegrationTest(database = "kit_shared")
class SharedDatabaseIntegrationTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void usesTheNamedDatabase() {
    assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
        .isEqualTo("kit_shared");
    assertThat(EmbeddedPostgresServer.get().sharedDatabase("kit_shared"))
        .isEqualTo(EmbeddedPostgresServer.get().jdbcUrl("kit_shared"));
  }
}
