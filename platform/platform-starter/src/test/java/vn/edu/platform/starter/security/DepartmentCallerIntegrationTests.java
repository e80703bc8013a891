package vn.edu.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.security.Personas;

/**
 * The department's unit code comes from {@code platform.security.department-unit-code}, and who
 * acts for the department is answered where callers are resolved, not in each service.
 */
class DepartmentCallerIntegrationTests extends StarterIntegrationTest {

  private JsonNode whoami(String token) {
    return http.get("/api/v1/test/kernel/whoami").token(token).send().json();
  }

  @Test
  void departmentStaffActForTheDepartment() {
    JsonNode officer = whoami(Personas.departmentOfficer());

    assertThat(officer.get("department").asBoolean()).isTrue();
    assertThat(officer.get("departmentRole").asBoolean()).isTrue();
    assertThat(officer.get("departmentUnitCode").asString()).isEqualTo("SGD31");
  }

  @Test
  void schoolStaffCommuneOfficersAndSystemsDoNot() {
    JsonNode teacher = whoami(Personas.teacher(SCHOOL_A_PRIMARY));
    JsonNode commune = whoami(Personas.communeOfficer(COMMUNE_A));
    JsonNode system = whoami(Personas.governmentSystem("egov-hub", Roles.PROVINCE_READ));

    assertThat(teacher.get("department").asBoolean()).isFalse();
    assertThat(teacher.get("schoolRole").asBoolean()).isTrue();
    assertThat(commune.get("department").asBoolean()).isFalse();
    assertThat(commune.get("departmentRole").asBoolean()).isFalse();
    assertThat(system.get("department").asBoolean()).isFalse();
    assertThat(system.get("governmentSystem").asBoolean()).isTrue();
  }
}
