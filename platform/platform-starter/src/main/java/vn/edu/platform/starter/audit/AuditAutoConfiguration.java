package vn.edu.platform.starter.audit;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.edu.platform.starter.config.PlatformProperties;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.PlatformSecurityAutoConfiguration;

/**
 * The audit trail, the department's endpoint to query and verify it, and, when {@code
 * platform.audit.checkpoint.key} is set, the checkpoints that anchor its head outside the database.
 */
@AutoConfiguration(
    after = PlatformSecurityAutoConfiguration.class,
    afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({PlatformProperties.class, AuditCheckpointProperties.class})
public class AuditAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AuditAutoConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  AuditTrail auditTrail(
      JdbcClient jdbc,
      CurrentCaller caller,
      Clock clock,
      ObjectProvider<AuditCheckpointStore> checkpoints,
      ObjectProvider<CheckpointSigner> signer,
      PlatformProperties platform) {
    AuditCheckpointStore store = checkpoints.getIfAvailable();
    if (store == null) {
      log.warn(
          "platform.audit.checkpoint.key is not set: the audit chain is not anchored, and deleting"
              + " its newest entries would go unnoticed (ADR 0005)");
      return new AuditTrail(jdbc, caller, clock);
    }
    return new AuditTrail(
        jdbc, caller, clock, store, signer.getObject(), platform.service().name());
  }

  @Bean
  AuditController auditController(AuditTrail trail) {
    return new AuditController(trail);
  }

  /** Checkpoints, only with a key: an unsigned checkpoint would prove nothing. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(CheckpointKeyConfigured.class)
  @EnableScheduling
  static class Checkpoints {

    @Bean
    CheckpointSigner checkpointSigner(AuditCheckpointProperties properties) {
      return new CheckpointSigner(properties.key());
    }

    @Bean
    @ConditionalOnMissingBean
    AuditCheckpointStore auditCheckpointStore(
        ProducerFactory<?, ?> producers,
        ConsumerFactory<?, ?> consumers,
        ObjectProvider<KafkaAdmin> admin,
        AuditCheckpointProperties properties) {
      return new KafkaAuditCheckpointStore(
          producers.getConfigurationProperties(),
          consumers.getConfigurationProperties(),
          admin.getIfAvailable(),
          properties.topic(),
          properties.timeout());
    }

    @Bean
    AuditCheckpointer auditCheckpointer(
        AuditTrail trail,
        AuditCheckpointStore store,
        CheckpointSigner signer,
        PlatformProperties platform,
        Clock clock,
        AuditCheckpointProperties properties) {
      return new AuditCheckpointer(
          trail, store, signer, platform.service().name(), clock, properties);
    }
  }
}
