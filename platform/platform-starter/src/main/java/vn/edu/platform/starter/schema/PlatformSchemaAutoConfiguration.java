package vn.edu.platform.starter.schema;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** Registers {@link PlatformSchemaMigrationStrategy} so the platform tables exist on start-up. */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class PlatformSchemaAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  FlywayMigrationStrategy platformSchemaMigrationStrategy() {
    return new PlatformSchemaMigrationStrategy();
  }
}
