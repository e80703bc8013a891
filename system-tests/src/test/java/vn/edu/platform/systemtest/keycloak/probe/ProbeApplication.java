package vn.edu.platform.systemtest.keycloak.probe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest platform service: the platform starter's auto-configuration (Keycloak adapter,
 * problems, database, outbox) plus one endpoint, so a test can prove that a resource server built
 * from the starter accepts the real Keycloak's tokens.
 */
@SpringBootApplication
public class ProbeApplication {}
