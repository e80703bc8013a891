package vn.edu.platform.plan.architecture;

import static vn.edu.platform.test.arch.PlatformArchitecture.tolerate;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.edu.platform.test.arch.PlatformArchitecture;
import vn.edu.platform.test.arch.PlatformArchitecture.Tolerated;

/**
 * plan-service keeps the platform's layering (feature packages, domain free of frameworks) and its
 * feature boundaries: {@code planning}, {@code report} and {@code orgunit} use each other only
 * through {@code application.port.in} (the report feature reads plans through {@code
 * PublishedPlans}).
 *
 * <p>The tolerations below are the cross-feature dependencies that remain, each with its reason;
 * the rule fails as soon as one of them is gone, so the list can only shrink.
 */
class PlanArchitectureTests {

  private static final String BASE = "vn.edu.platform.plan";
  private static final String ORG_DOMAIN = BASE + ".orgunit.domain.";

  /**
   * The directory's in-port {@code OrgTreeQuery} still answers with the directory's domain types
   * ({@code OrgTreeSnapshot}, {@code OrgUnit}, {@code OrgUnitKind}, {@code SchoolLevel}): whoever
   * reads the tree through it sees them. They go when the port answers with views of its own.
   */
  private static final String TREE_TYPES = "OrgTreeQuery answers with the directory's domain types";

  private static final List<Tolerated> TOLERATED =
      Stream.of(
              "planning.application.TreeUnits",
              "planning.application.FollowOrgTreeService",
              "planning.adapter.in.web.PlanController",
              "planning.adapter.in.web.Viewers",
              "report.adapter.in.web.ReportCallers",
              "report.application.ReportFormService",
              "report.application.ReportQueryService",
              "report.application.ReportingUnits")
          .map(origin -> tolerate(BASE + "." + origin, ORG_DOMAIN, TREE_TYPES))
          .toList();

  @Test
  void followsThePlatformArchitectureRules() {
    PlatformArchitecture.verify(BASE, TOLERATED);
  }
}
