/**
 * The {@code edu} realm for tests: platform-runtime's {@link
 * vn.edu.platform.runtime.keycloak.KeycloakServer} (the runner the local launcher uses too) runs
 * the distribution unpacked from Maven Central with the realm export, {@link
 * vn.edu.platform.systemtest.keycloak.EduRealm} knows the {@code edu} realm's local-only demo
 * credentials, and {@link vn.edu.platform.systemtest.keycloak.OidcTokenClient} asks it for tokens.
 */
@NullMarked
package vn.edu.platform.systemtest.keycloak;

import org.jspecify.annotations.NullMarked;
