package vn.edu.platform.starter.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.config.PlatformProperties;
import vn.edu.platform.starter.idempotency.IdempotencyFilter;
import vn.edu.platform.starter.idempotency.IdempotencyStore;
import vn.edu.platform.starter.web.limits.RequestSizeLimitFilter;
import vn.edu.platform.starter.web.problem.PlatformExceptionHandler;
import vn.edu.platform.starter.web.problem.ProblemErrorController;
import vn.edu.platform.starter.web.problem.ProblemFactory;
import vn.edu.platform.starter.web.problem.ProblemMessages;
import vn.edu.platform.starter.web.problem.ProblemWriter;

/**
 * HTTP conventions of every service: RFC 9457 problems for every failure (in MVC, in filters and on
 * the container's error path), the request size limit and the Idempotency-Key filter.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
    afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformProperties.class)
@EnableScheduling
public class PlatformWebAutoConfiguration {

  /** Filters run after tracing (which sets the trace id problems carry). */
  static final int SIZE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  /** After Spring Security (order -100), so the key is scoped to the authenticated caller. */
  static final int IDEMPOTENCY_ORDER = 0;

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemMessages problemMessages() {
    return new ProblemMessages();
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemFactory problemFactory(ProblemMessages messages) {
    return new ProblemFactory(messages);
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemWriter problemWriter(ProblemFactory factory, JsonMapper json) {
    return new ProblemWriter(factory, json);
  }

  @Bean
  PlatformExceptionHandler platformExceptionHandler(ProblemFactory factory) {
    return new PlatformExceptionHandler(factory);
  }

  @Bean
  ProblemErrorController problemErrorController(ProblemWriter writer) {
    return new ProblemErrorController(writer);
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      PlatformProperties properties, ProblemWriter writer) {
    var registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(properties.web().maxBodySize().toBytes(), writer));
    registration.setOrder(SIZE_LIMIT_ORDER);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean
  IdempotencyStore idempotencyStore(JdbcClient jdbc, PlatformProperties properties) {
    return new IdempotencyStore(jdbc, properties.idempotency().retention());
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotencyStore store, ProblemWriter writer, PlatformProperties properties) {
    PlatformProperties.Idempotency settings = properties.idempotency();
    var registration =
        new FilterRegistrationBean<>(
            new IdempotencyFilter(
                store,
                writer,
                settings.requiredPaths(),
                settings.exemptPaths(),
                settings.maxStoredResponse().toBytes()));
    registration.setOrder(IDEMPOTENCY_ORDER);
    return registration;
  }

  @Bean
  IdempotencyHousekeeping idempotencyHousekeeping(IdempotencyStore store) {
    return new IdempotencyHousekeeping(store);
  }

  /**
   * Deletes expired keys hourly; expiry is also checked on every claim, so this only frees space.
   */
  static class IdempotencyHousekeeping {
    private final IdempotencyStore store;

    IdempotencyHousekeeping(IdempotencyStore store) {
      this.store = store;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
      store.purgeExpired();
    }
  }
}
