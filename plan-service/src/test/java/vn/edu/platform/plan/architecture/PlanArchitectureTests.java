package vn.edu.platform.plan.architecture;

import org.junit.jupiter.api.Test;
import vn.edu.platform.test.arch.PlatformArchitecture;

/** plan-service keeps the platform's layering: feature packages, domain free of frameworks. */
class PlanArchitectureTests {

  @Test
  void followsThePlatformArchitectureRules() {
    PlatformArchitecture.verify("vn.edu.platform.plan");
  }
}
