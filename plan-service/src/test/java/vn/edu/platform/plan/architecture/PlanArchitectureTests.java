package vn.edu.platform.plan.architecture;

import org.junit.jupiter.api.Test;
import vn.edu.platform.test.arch.PlatformArchitecture;

/**
 * plan-service keeps the platform's layering (feature packages, domain free of frameworks) and its
 * feature boundaries: {@code planning}, {@code report}, {@code orgunit} and {@code signers} use
 * each other only through {@code application.port.in} (the report feature reads plans through
 * {@code PublishedPlans}, the three others read the tree through the directory's {@code
 * OrgTreeQuery} and its views), or by implementing an out-port (the reports answer the plans'
 * {@code DueReportsSource}). No dependency is tolerated.
 */
class PlanArchitectureTests {

  @Test
  void followsThePlatformArchitectureRules() {
    PlatformArchitecture.verify("vn.edu.platform.plan");
  }
}
