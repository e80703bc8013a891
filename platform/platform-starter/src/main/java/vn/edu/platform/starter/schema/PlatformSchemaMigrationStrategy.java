package vn.edu.platform.starter.schema;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the platform's own tables before the service's.
 *
 * <p>Every service database has two Flyway histories: the service's tables in {@code public}
 * (scripts in {@code classpath:db/migration}, owned by the service) and the tables the starter
 * needs in the {@code platform} schema (outbox, inbox, idempotency keys, audit trail, import jobs,
 * organisation replica; scripts in {@code classpath:db/platform}, owned by the starter). Separate
 * histories let both number their scripts from 1 without ever colliding (see ADR 0003).
 */
public final class PlatformSchemaMigrationStrategy implements FlywayMigrationStrategy {

  public static final String SCHEMA = "platform";
  public static final String LOCATION = "classpath:db/platform";
  public static final String HISTORY_TABLE = "platform_schema_history";

  @Override
  public void migrate(Flyway serviceFlyway) {
    migratePlatformSchema(serviceFlyway);
    serviceFlyway.migrate();
  }

  /** Applies the starter's scripts with the service's connection settings. */
  public static void migratePlatformSchema(Flyway serviceFlyway) {
    Flyway.configure(serviceFlyway.getConfiguration().getClassLoader())
        .configuration(serviceFlyway.getConfiguration())
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .createSchemas(true)
        .table(HISTORY_TABLE)
        .locations(LOCATION)
        .baselineOnMigrate(false)
        .load()
        .migrate();
  }
}
