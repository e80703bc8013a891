package vn.edu.platform.plan.planning.adapter.out.audit;

import org.springframework.stereotype.Component;
import vn.edu.platform.plan.planning.application.port.out.PlanAuditLog;
import vn.edu.platform.starter.audit.AuditAction;
import vn.edu.platform.starter.audit.AuditTrail;

/** Writes plan changes to the platform's hash-chained audit trail, in the current transaction. */
@Component
class PlanAuditAdapter implements PlanAuditLog {

  private final AuditTrail trail;

  PlanAuditAdapter(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void created(String resourceType, String resourceId, String unitCode, String purpose) {
    trail.record(AuditAction.CREATE, resourceType, resourceId, unitCode, purpose);
  }

  @Override
  public void updated(String resourceType, String resourceId, String unitCode, String purpose) {
    trail.record(AuditAction.UPDATE, resourceType, resourceId, unitCode, purpose);
  }
}
