package vn.edu.platform.starter.kernel;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.starter.audit.AuditAutoConfiguration;
import vn.edu.platform.starter.audit.AuditTrail;

/**
 * The platform side of the shared kernel ({@code platform-kernel}): its {@link AuditLog} port on
 * the audit trail. (Its exceptions are answered by {@code PlatformExceptionHandler}, its {@code
 * ExpectedRevision} read from If-Match by {@code web.conditional}.)
 */
@AutoConfiguration(after = AuditAutoConfiguration.class)
public class KernelAutoConfiguration {

  @Bean
  @ConditionalOnBean(AuditTrail.class)
  @ConditionalOnMissingBean(AuditLog.class)
  AuditLog auditLog(AuditTrail trail) {
    return new TrailAuditLog(trail);
  }
}
