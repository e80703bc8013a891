package vn.edu.platform.plan.planning.application.port.in;

import java.util.UUID;

/** A plan with the same number exists for the issuing unit (the plan's natural key). */
public class PlanExistsException extends RuntimeException {

  private final UUID existingPlanId;
  private final String number;

  public PlanExistsException(UUID existingPlanId, String number) {
    super("Plan " + number + " exists: " + existingPlanId);
    this.existingPlanId = existingPlanId;
    this.number = number;
  }

  public UUID existingPlanId() {
    return existingPlanId;
  }

  public String number() {
    return number;
  }
}
