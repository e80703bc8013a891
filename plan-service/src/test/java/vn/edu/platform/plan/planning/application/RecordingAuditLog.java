package vn.edu.platform.plan.planning.application;

import java.util.ArrayList;
import java.util.List;
import vn.edu.platform.plan.planning.application.port.out.PlanAuditLog;

/** Keeps the audit entries as {@code "<action> <type> <unit>: <purpose>"}, in order. */
final class RecordingAuditLog implements PlanAuditLog {

  final List<String> entries = new ArrayList<>();

  @Override
  public void created(String resourceType, String resourceId, String unitCode, String purpose) {
    entries.add("create " + resourceType + " " + unitCode + ": " + purpose);
  }

  @Override
  public void updated(String resourceType, String resourceId, String unitCode, String purpose) {
    entries.add("update " + resourceType + " " + unitCode + ": " + purpose);
  }
}
