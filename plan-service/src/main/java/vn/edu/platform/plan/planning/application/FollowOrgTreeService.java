package vn.edu.platform.plan.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.planning.application.port.in.FollowOrgTreeUseCase;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Keeps the work items of "my tasks" on the current tree. A unit's move is taken in the transaction
 * of the move, from the announced parent; a move dated later (and anything missed) is taken by the
 * daily comparison with the tree of the day.
 */
@Service
class FollowOrgTreeService implements FollowOrgTreeUseCase {

  private final OrgTreeQuery tree;
  private final PlanProjections projections;
  private final Clock clock;

  FollowOrgTreeService(OrgTreeQuery tree, PlanProjections projections, Clock clock) {
    this.tree = tree;
    this.projections = projections;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void unitMoved(String unitCode, String parentCode, LocalDate parentValidFrom) {
    LocalDate today = PlatformTime.today(clock);
    if (parentValidFrom == null || !parentValidFrom.isAfter(today)) {
      projections.followUnit(unitCode, parentCode);
    }
  }

  @Override
  @Transactional
  public int followTree(LocalDate today) {
    return projections.followTree(ancestors(tree.asOf(today)));
  }

  @Override
  @Transactional
  public void rebuildAll(LocalDate today) {
    projections.followTree(ancestors(tree.asOf(today)));
    projections.rebuildAllWork();
  }

  private static Map<String, List<String>> ancestors(OrgTreeView snapshot) {
    Map<String, List<String>> ancestors = new HashMap<>();
    for (OrgUnitView unit : snapshot.units()) {
      ancestors.put(unit.code(), snapshot.ancestorsOf(unit.code()));
    }
    return ancestors;
  }
}
