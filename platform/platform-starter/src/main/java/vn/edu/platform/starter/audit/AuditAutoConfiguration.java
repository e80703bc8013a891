package vn.edu.platform.starter.audit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.PlatformSecurityAutoConfiguration;

/** The audit trail and the department's endpoint to query and verify it. */
@AutoConfiguration(after = PlatformSecurityAutoConfiguration.class)
public class AuditAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  AuditTrail auditTrail(JdbcClient jdbc, CurrentCaller caller, Clock clock) {
    return new AuditTrail(jdbc, caller, clock);
  }

  @Bean
  AuditController auditController(AuditTrail trail) {
    return new AuditController(trail);
  }
}
