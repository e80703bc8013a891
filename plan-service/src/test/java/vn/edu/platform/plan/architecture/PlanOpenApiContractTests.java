package vn.edu.platform.plan.architecture;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.openapi.OpenApiContract;

/**
 * plan-service's API is a contract for the frontend team and government systems: the served
 * document must match {@code plan-service/api/openapi.json}; a breaking change needs a new major
 * version (see {@link OpenApiContract}).
 */
class PlanOpenApiContractTests extends PlanServiceIntegrationTest {

  @Test
  void matchesTheCommittedContract() {
    OpenApiContract.verify(
        http.get("/api/v1/plans/v3/api-docs").send().text(), Path.of("api/openapi.json"));
  }
}
