/**
 * The real Keycloak server for tests and the local platform: {@link
 * vn.edu.platform.systemtest.keycloak.KeycloakServer} runs the distribution unpacked from Maven
 * Central with a realm export, {@link vn.edu.platform.systemtest.keycloak.EduRealm} knows the
 * {@code edu} realm's local-only demo credentials, and {@link
 * vn.edu.platform.systemtest.keycloak.OidcTokenClient} asks it for tokens.
 */
@NullMarked
package vn.edu.platform.systemtest.keycloak;

import org.jspecify.annotations.NullMarked;
