/**
 * The infrastructure runners of the platform, without Spring: {@link
 * vn.edu.platform.runtime.postgres.PostgresServer}, {@link
 * vn.edu.platform.runtime.kafka.KafkaBroker} and {@link
 * vn.edu.platform.runtime.keycloak.KeycloakServer}, each a {@link
 * vn.edu.platform.runtime.LocalServer} (the shape a caller that runs several of them alike relies
 * on), and the process handling they share ({@link vn.edu.platform.runtime.process}). The local
 * launcher, the test kit and the system tests start their servers only through these classes.
 */
@NullMarked
package vn.edu.platform.runtime;

import org.jspecify.annotations.NullMarked;
