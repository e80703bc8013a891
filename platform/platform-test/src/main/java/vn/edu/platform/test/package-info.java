/**
 * The platform's test kit: {@link vn.edu.platform.test.PlatformIntegrationTest} boots a service
 * against one real PostgreSQL, one real Kafka broker and a Keycloak-shaped JWKS endpoint, all
 * started once per test JVM and shared by every Spring context, so that a service's whole suite
 * pays the start-up cost once. Services depend on this module with test scope only; it never
 * depends on the platform starter, whose own tests use it.
 */
@NullMarked
package vn.edu.platform.test;

import org.jspecify.annotations.NullMarked;
