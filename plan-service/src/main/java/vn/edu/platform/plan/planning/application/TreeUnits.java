package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;
import vn.edu.platform.plan.planning.domain.UnitGroup;
import vn.edu.platform.plan.planning.domain.Units;

/** The organisation directory's tree of one day, as the plan rules see it. */
final class TreeUnits implements Units {

  private final OrgTreeQuery tree;
  private final OrgTreeView snapshot;
  private final Map<UnitGroup, List<String>> groups = new EnumMap<>(UnitGroup.class);

  TreeUnits(OrgTreeQuery tree, LocalDate date) {
    this.tree = tree;
    this.snapshot = tree.asOf(date);
  }

  @Override
  public LocalDate date() {
    return snapshot.date();
  }

  @Override
  public boolean exists(String code) {
    return snapshot.unit(code).isPresent();
  }

  @Override
  public boolean known(String code) {
    return tree.find(code).isPresent();
  }

  @Override
  public List<String> group(UnitGroup group) {
    return groups.computeIfAbsent(
        group,
        g ->
            snapshot.units().stream()
                .filter(u -> belongs(u, g))
                .map(OrgUnitView::code)
                .sorted(Comparator.naturalOrder())
                .toList());
  }

  private boolean belongs(OrgUnitView unit, UnitGroup group) {
    return switch (group) {
      case DIVISIONS -> unit.is(Kind.DIVISION);
      case COMMUNES -> unit.is(Kind.COMMUNE);
      case SCHOOLS -> unit.is(Kind.SCHOOL);
      case COMMUNE_SCHOOLS -> unit.is(Kind.SCHOOL) && parentKind(unit) == Kind.COMMUNE;
      case DEPARTMENT_SCHOOLS -> unit.is(Kind.SCHOOL) && parentKind(unit) == Kind.DEPARTMENT;
    };
  }

  private Kind parentKind(OrgUnitView unit) {
    return snapshot
        .parentOf(unit.code())
        .flatMap(snapshot::unit)
        .map(OrgUnitView::kind)
        .orElse(null);
  }
}
