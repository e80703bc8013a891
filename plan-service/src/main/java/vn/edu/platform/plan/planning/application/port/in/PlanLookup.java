package vn.edu.platform.plan.planning.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * Plain reads of a plan, a task and a task's assignments for the features built on plans (progress
 * reports): no visibility rule and no roll-up, so a report command costs a few index lookups. The
 * caller applies its own access rules, or asks {@link #sees}.
 */
public interface PlanLookup {

  /** The plan with its targets and phases. */
  Optional<Plan> plan(UUID planId);

  Optional<Task> task(UUID taskId);

  /** Every assignment of the task, whatever its status. */
  List<Assignment> assignments(UUID taskId);

  /**
   * Whether the viewer may see the plan, by the rules of {@link PlanQuery} (without throwing, so a
   * caller's transaction is not marked for rollback).
   */
  boolean sees(Viewer viewer, UUID planId);
}
