package vn.edu.platform.plan.report.application.port.out;

/**
 * The audit trail of forms and reports, written in the transaction of the change: who did what to
 * which unit's report, and why (a reopening names its decision).
 */
public interface ReportAuditLog {

  String FORM = "plan-report-form";
  String REPORT = "plan-progress-report";

  void created(String resourceType, String resourceId, String unitCode, String purpose);

  void updated(String resourceType, String resourceId, String unitCode, String purpose);
}
