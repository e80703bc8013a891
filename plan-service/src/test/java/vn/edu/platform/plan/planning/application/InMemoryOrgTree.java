package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.ParentLink;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;

/**
 * A small tree in memory: the department {@code SGD}, its office {@code SGD-VP}, commune {@code X1}
 * with schools {@code S1} and {@code S2}, all since 2020.
 */
final class InMemoryOrgTree implements OrgTreeQuery {

  static final String DEPARTMENT = "SGD";
  static final String OFFICE = "SGD-VP";
  static final String COMMUNE = "X1";
  static final String SCHOOL_1 = "S1";
  static final String SCHOOL_2 = "S2";

  private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

  private final OrgDirectory directory;

  InMemoryOrgTree() {
    List<OrgUnit> units = new ArrayList<>();
    List<ParentLink> links = new ArrayList<>();
    units.add(unit(DEPARTMENT, OrgUnitKind.DEPARTMENT));
    units.add(unit(OFFICE, OrgUnitKind.DIVISION));
    units.add(unit(COMMUNE, OrgUnitKind.COMMUNE));
    units.add(school(SCHOOL_1));
    units.add(school(SCHOOL_2));
    links.add(new ParentLink(OFFICE, DEPARTMENT, SINCE, null));
    links.add(new ParentLink(COMMUNE, DEPARTMENT, SINCE, null));
    links.add(new ParentLink(SCHOOL_1, COMMUNE, SINCE, null));
    links.add(new ParentLink(SCHOOL_2, COMMUNE, SINCE, null));
    directory = OrgDirectory.of(units, links);
  }

  private static OrgUnit unit(String code, OrgUnitKind kind) {
    return new OrgUnit(code, "Unit " + code, kind, null, null, null, SINCE, null, List.of(), 1);
  }

  private static OrgUnit school(String code) {
    return new OrgUnit(
        code,
        "School " + code,
        OrgUnitKind.SCHOOL,
        SchoolLevel.PRIMARY,
        Ownership.PUBLIC,
        null,
        SINCE,
        null,
        List.of(),
        1);
  }

  @Override
  public OrgTreeSnapshot asOf(LocalDate date) {
    return directory.asOf(date);
  }

  @Override
  public Optional<OrgUnit> find(String code) {
    return directory.unit(code);
  }

  @Override
  public List<ParentLink> history(String code) {
    return directory.linksOf(code);
  }
}
