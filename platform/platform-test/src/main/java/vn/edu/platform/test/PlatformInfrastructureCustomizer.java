package vn.edu.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;
import vn.edu.platform.test.security.KeycloakNames;
import vn.edu.platform.test.security.TestTokens;

/**
 * Points one Spring context at the shared PostgreSQL, Kafka and JWKS servers.
 *
 * <p>It is a record on purpose: Spring's context cache compares customizers with {@code equals}, so
 * its state is only what distinguishes contexts (the shared database name, empty for "a fresh
 * one"). Per-context values such as the database URL are created in {@link #customizeContext},
 * which runs once per context actually started, never for a cache hit.
 *
 * @param sharedDatabase the database name from {@link PlatformIntegrationTest#database()}
 */
record PlatformInfrastructureCustomizer(String sharedDatabase) implements ContextCustomizer {

  static final String PROPERTY_SOURCE_NAME = "platformIntegrationTest";

  @Override
  public void customizeContext(
      ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.get();
    String jdbcUrl =
        sharedDatabase.isEmpty()
            ? postgres.createDatabase(mergedConfig.getTestClass().getSimpleName())
            : postgres.sharedDatabase(sharedDatabase);

    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", jdbcUrl);
    properties.put("spring.datasource.username", postgres.username());
    properties.put("spring.datasource.password", postgres.password());
    properties.put("spring.kafka.bootstrap-servers", EmbeddedKafkaServer.get().bootstrapServers());
    properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwksUri());
    properties.put("platform.security.audience", KeycloakNames.AUDIENCE);

    MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
    MutablePropertySources sources = context.getEnvironment().getPropertySources();
    // below the test's own inlined properties so that a test can still override ours,
    // above application.yml and application-test.yml, which must not point at real servers
    String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
    if (sources.contains(inlined)) {
      sources.addAfter(inlined, source);
    } else {
      sources.addFirst(source);
    }
  }
}
