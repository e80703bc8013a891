package vn.edu.platform.plan.planning.application.port.out;

/**
 * The audit trail of changes to plans, tasks and assignments, written in the same transaction as
 * the change: who changed what, on which unit, why.
 */
public interface PlanAuditLog {

  /** Resource types in the trail. */
  String PLAN = "plan";

  String TASK = "plan-task";
  String ASSIGNMENT = "plan-task-assignment";

  void created(String resourceType, String resourceId, String unitCode, String purpose);

  void updated(String resourceType, String resourceId, String unitCode, String purpose);
}
