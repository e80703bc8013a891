package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.SchoolLevel;

/**
 * A small tree in memory, built from the directory port's own views (plans never see the
 * directory's domain): the department {@code SGD}, its office {@code SGD-VP}, commune {@code X1}
 * with schools {@code S1} and {@code S2}, all since 2020.
 */
final class InMemoryOrgTree implements OrgTreeQuery {

  static final String DEPARTMENT = "SGD";
  static final String OFFICE = "SGD-VP";
  static final String COMMUNE = "X1";
  static final String SCHOOL_1 = "S1";
  static final String SCHOOL_2 = "S2";

  private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

  private final List<OrgUnitView> units =
      List.of(
          unit(DEPARTMENT, Kind.DEPARTMENT, null),
          unit(OFFICE, Kind.DIVISION, null),
          unit(COMMUNE, Kind.COMMUNE, null),
          unit(SCHOOL_1, Kind.SCHOOL, SchoolLevel.PRIMARY),
          unit(SCHOOL_2, Kind.SCHOOL, SchoolLevel.PRIMARY));

  private final Map<String, String> parentOf =
      Map.of(OFFICE, DEPARTMENT, COMMUNE, DEPARTMENT, SCHOOL_1, COMMUNE, SCHOOL_2, COMMUNE);

  private static OrgUnitView unit(String code, Kind kind, SchoolLevel level) {
    return new OrgUnitView(code, "Unit " + code, kind, level, SINCE, null, List.of());
  }

  @Override
  public OrgTreeView asOf(LocalDate date) {
    return OrgTreeView.of(
        date, units.stream().filter(u -> !u.validFrom().isAfter(date)).toList(), parentOf);
  }

  @Override
  public Optional<OrgUnitView> find(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }
}
