package vn.edu.platform.plan.planning.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Target;

/** Where plans live with their targets: the plan aggregate's writes and the reads they need. */
public interface PlanRepository {

  /** The plan with this number for this issuing unit, if any. */
  Optional<UUID> findByNumber(String issuingUnitCode, String number);

  /** Plans with this number, for any issuing unit (to link legal bases). */
  List<UUID> findByNumber(String number);

  /** A plan with its targets. */
  Optional<Plan> find(UUID planId);

  /** A plan with its targets, locked until the transaction ends: changes of a plan queue up. */
  Optional<Plan> lock(UUID planId);

  /**
   * Inserts a plan with its targets.
   *
   * @return false (and nothing stored) when its natural key (issuing unit, number) is taken
   */
  boolean insert(Plan plan);

  /** Updates a plan's header, status and revision. */
  void update(Plan plan);

  /** Stores a target added to a stored plan, after the plan's other targets. */
  void addTarget(UUID planId, Target target, int ordinal);

  /** Ids of the issued and in-progress plans. */
  List<UUID> activePlanIds();
}
