package vn.edu.platform.plan.planning.application.port.in;

import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Target;

/**
 * The department's work on plans: record, change, issue, close, reopen. Every change is audited.
 */
public interface ManagePlansUseCase {

  /**
   * Records a whole plan document. Idempotent by its natural key: the same number for the same
   * issuing unit is refused with {@link vn.edu.platform.kernel.AlreadyExists} {@code plan-exists}.
   */
  PlanViews.PlanDetail create(PlanCommands.CreatePlan command);

  Plan update(PlanCommands.UpdatePlan command);

  /** Issues a draft: its tasks are assigned and announced. */
  Plan issue(UUID planId);

  /** Closes an issued plan; it is frozen until reopened. */
  Plan close(UUID planId);

  /** Reopens a closed plan, back in progress. */
  Plan reopen(UUID planId);

  /** Adds a target to a plan that is not closed. */
  Target addTarget(UUID planId, PlanCommands.NewTarget target);
}
