package vn.edu.platform.starter.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.starter.org.JdbcOrgTreeReplica;
import vn.edu.platform.starter.testapp.TestApplication;
import vn.edu.platform.test.PlatformIntegrationTest;
import vn.edu.platform.test.http.TestHttp;

/**
 * Base of the starter's integration tests: one Spring context (and so one database) shared by all
 * of them, on the JVM's embedded PostgreSQL and Kafka broker. Tests use their own ids and units'
 * data so that they do not depend on each other's order.
 */
@PlatformIntegrationTest(classes = TestApplication.class)
public abstract class StarterIntegrationTest {

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected JdbcOrgTreeReplica replica;

  protected TestHttp http;

  @BeforeEach
  void setUpHttpAndOrgTree() {
    http = new TestHttp(port);
    OrgReplicaFixtures.load(replica);
  }
}
