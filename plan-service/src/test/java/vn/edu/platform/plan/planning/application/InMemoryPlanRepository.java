package vn.edu.platform.plan.planning.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Target;

/** Plans in a map: the rules of the use cases without PostgreSQL. */
final class InMemoryPlanRepository implements PlanRepository {

  final Map<UUID, Plan> plans = new LinkedHashMap<>();

  @Override
  public Optional<UUID> findByNumber(String issuingUnitCode, String number) {
    return plans.values().stream()
        .filter(p -> p.issuingUnitCode().equals(issuingUnitCode) && p.number().equals(number))
        .map(Plan::id)
        .findFirst();
  }

  @Override
  public List<UUID> findByNumber(String number) {
    return plans.values().stream().filter(p -> p.number().equals(number)).map(Plan::id).toList();
  }

  @Override
  public Optional<Plan> find(UUID planId) {
    return Optional.ofNullable(plans.get(planId));
  }

  @Override
  public Optional<Plan> lock(UUID planId) {
    return find(planId);
  }

  @Override
  public boolean insert(Plan plan) {
    if (findByNumber(plan.issuingUnitCode(), plan.number()).isPresent()) {
      return false;
    }
    plans.put(plan.id(), plan);
    return true;
  }

  @Override
  public void update(Plan plan) {
    // The stored targets are the repository's: a header update does not replace them.
    Plan stored = plans.get(plan.id());
    plans.put(
        plan.id(),
        new Plan(
            plan.id(),
            plan.number(),
            plan.issuedOn(),
            plan.issuingUnitCode(),
            plan.issuingAuthority(),
            plan.title(),
            plan.legalBases(),
            plan.purpose(),
            plan.requirements(),
            plan.phases(),
            plan.attachments(),
            plan.status(),
            stored.targets(),
            plan.revision()));
  }

  @Override
  public void addTarget(UUID planId, Target target, int ordinal) {
    Plan stored = plans.get(planId);
    List<Target> targets = new ArrayList<>(stored.targets());
    targets.add(ordinal, target);
    plans.put(planId, stored.withTargets(targets));
  }

  @Override
  public List<UUID> activePlanIds() {
    return plans.values().stream().filter(p -> p.status().isActive()).map(Plan::id).toList();
  }
}
