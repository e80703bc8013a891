/**
 * Tokens signed exactly as the platform's Keycloak realm shapes them, verified by the service under
 * test against a real JWKS endpoint: security tests exercise the real resource-server configuration
 * (signature, issuer, expiry, audience, role and unit mapping) instead of bypassing it with mocked
 * authentication. Role and claim names live in {@link vn.edu.platform.test.security.KeycloakNames},
 * the typical callers in {@link vn.edu.platform.test.security.Personas}.
 */
@NullMarked
package vn.edu.platform.test.security;

import org.jspecify.annotations.NullMarked;
