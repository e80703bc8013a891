package vn.edu.platform.plan.orgunit.adapter.out.scope;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.starter.org.OrgTree;
import vn.edu.platform.starter.org.OrgUnitRef;

/**
 * plan-service owns the tree, so the platform's {@code OrgScope} asks the directory itself rather
 * than a replica.
 */
@Component
class DirectoryOrgTree implements OrgTree {

  private final OrgTreeQuery tree;

  DirectoryOrgTree(OrgTreeQuery tree) {
    this.tree = tree;
  }

  @Override
  public Optional<OrgUnitRef> find(String unitCode, LocalDate date) {
    var day = tree.asOf(date);
    return day.unit(unitCode)
        .map(u -> new OrgUnitRef(u.code(), u.kind().name(), day.parentOf(u.code()).orElse(null)));
  }

  @Override
  public boolean isWithin(String unitCode, String ancestorCode, LocalDate date) {
    return tree.asOf(date).isWithin(unitCode, ancestorCode);
  }
}
