package vn.edu.platform.starter.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.starter.audit.AuditAction;
import vn.edu.platform.starter.audit.AuditEntry;
import vn.edu.platform.starter.audit.AuditQuery;
import vn.edu.platform.starter.audit.AuditTrail;
import vn.edu.platform.starter.support.StarterIntegrationTest;

/** The kernel's audit port is the starter's trail: a service declares no port or adapter. */
class TrailAuditLogIntegrationTests extends StarterIntegrationTest {

  @Autowired AuditLog auditLog;
  @Autowired AuditTrail trail;

  @Test
  void recordsOnTheHashChainedTrail() {
    String id = UUID.randomUUID().toString();

    auditLog.created("plan", id, "SGD31", "create plan");
    auditLog.updated("plan", id, "SGD31", "issue plan");

    assertThat(trail.find(new AuditQuery("plan", id, null, null, null, null, 0, 10)))
        .extracting(AuditEntry::action, AuditEntry::orgUnit, AuditEntry::purpose)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UPDATE", "SGD31", "issue plan"),
            org.assertj.core.groups.Tuple.tuple("CREATE", "SGD31", "create plan"));
  }

  @Test
  void everyKernelActionIsATrailAction() {
    for (AuditLog.Action action : AuditLog.Action.values()) {
      assertThat(TrailAuditLog.actionOf(action).name()).isEqualTo(action.name());
    }
    assertThat(AuditLog.Action.values()).hasSameSizeAs(AuditAction.values());
  }
}
