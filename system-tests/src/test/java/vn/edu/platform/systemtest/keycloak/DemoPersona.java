package vn.edu.platform.systemtest.keycloak;

import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DIVISION_OFFICE;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DIVISION_SECONDARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;
import static vn.edu.platform.test.security.KeycloakNames.ADMISSION_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.CITIZEN;
import static vn.edu.platform.test.security.KeycloakNames.COMMUNE_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.DEPT_ADMIN;
import static vn.edu.platform.test.security.KeycloakNames.DEPT_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.DIPLOMA_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.PRINCIPAL;
import static vn.edu.platform.test.security.KeycloakNames.SCHOOL_ADMIN;
import static vn.edu.platform.test.security.KeycloakNames.TEACHER;
import static vn.edu.platform.test.security.KeycloakNames.VERIFIER;

import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A demo user of the realm export and what its token must say: the platform roles and the {@code
 * org_unit} (none for citizens and verifiers). One list for the realm's own tests and for the end
 * to end run through the gateway, so that a user added to the realm is added to both.
 */
public record DemoPersona(String username, Set<String> platformRoles, @Nullable String orgUnit) {

  /** Every demo user of {@code deploy/keycloak/edu-realm.json}, for a {@code @MethodSource}. */
  public static Stream<DemoPersona> all() {
    return Stream.of(
        new DemoPersona("sgd.admin", Set.of(DEPT_ADMIN, DEPT_OFFICER), DEPARTMENT),
        new DemoPersona("sgd.chuyenvien", Set.of(DEPT_OFFICER), DIVISION_OFFICE),
        new DemoPersona("sgd.vanbang", Set.of(DIPLOMA_OFFICER), DEPARTMENT),
        new DemoPersona("sgd.tuyensinh", Set.of(ADMISSION_OFFICER), DIVISION_SECONDARY),
        new DemoPersona("ubnd.x11311", Set.of(COMMUNE_OFFICER), COMMUNE_A),
        new DemoPersona("ubnd.x11629", Set.of(COMMUNE_OFFICER), COMMUNE_B),
        new DemoPersona("qt.s311002", Set.of(SCHOOL_ADMIN), SCHOOL_A_PRIMARY),
        new DemoPersona("ht.s311002", Set.of(PRINCIPAL, TEACHER), SCHOOL_A_PRIMARY),
        new DemoPersona("gv.s311002", Set.of(TEACHER), SCHOOL_A_PRIMARY),
        new DemoPersona("gv.s311012", Set.of(TEACHER), SCHOOL_B_PRIMARY),
        new DemoPersona("qt.s311003", Set.of(SCHOOL_ADMIN), SCHOOL_A_LOWER_SECONDARY),
        new DemoPersona("ht.s311003", Set.of(PRINCIPAL, TEACHER), SCHOOL_A_LOWER_SECONDARY),
        new DemoPersona("gv.s311003", Set.of(TEACHER), SCHOOL_A_LOWER_SECONDARY),
        new DemoPersona("congdan.demo", Set.of(CITIZEN), null),
        new DemoPersona("xacminh.demo", Set.of(VERIFIER), null));
  }

  /** The user name, as the name of a parameterised test. */
  @Override
  public String toString() {
    return username;
  }
}
