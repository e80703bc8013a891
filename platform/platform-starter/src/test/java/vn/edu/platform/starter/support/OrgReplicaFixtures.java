package vn.edu.platform.starter.support;

import java.time.LocalDate;
import vn.edu.platform.starter.org.JdbcOrgTreeReplica;
import vn.edu.platform.test.fixtures.FixtureUnit;
import vn.edu.platform.test.fixtures.OrgTreeFixture;

/** Loads the kit's small organisation tree into a service's replica, as the events would. */
public final class OrgReplicaFixtures {

  private OrgReplicaFixtures() {}

  public static void load(JdbcOrgTreeReplica replica) {
    for (FixtureUnit unit : OrgTreeFixture.all()) {
      replica.upsert(
          unit.code(), unit.kind().name(), unit.parentCode(), LocalDate.of(2025, 7, 1), null, 1);
    }
  }
}
