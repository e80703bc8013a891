package vn.edu.platform.starter.kernel;

import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.starter.audit.AuditAction;
import vn.edu.platform.starter.audit.AuditTrail;

/**
 * The kernel's audit port on the platform's hash-chained trail: appends in the caller's
 * transaction, so an audited change and its entry commit or roll back together.
 */
public class TrailAuditLog implements AuditLog {

  private final AuditTrail trail;

  public TrailAuditLog(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void record(
      Action action, String subjectType, String subjectId, String unitCode, String purpose) {
    trail.record(actionOf(action), subjectType, subjectId, unitCode, purpose);
  }

  @Override
  public void recordAll(java.util.List<Entry> entries) {
    trail.recordAll(
        entries.stream()
            .map(
                e ->
                    new AuditTrail.Draft(
                        actionOf(e.action()),
                        e.subjectType(),
                        e.subjectId(),
                        e.unitCode(),
                        e.purpose()))
            .toList());
  }

  static AuditAction actionOf(Action action) {
    return AuditAction.valueOf(action.name());
  }
}
