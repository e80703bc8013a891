/**
 * Token validation (reactive resource server, audience {@code edu-api} required), which paths are
 * open, 401/403 problems, and the security headers of every response.
 */
@NullMarked
package vn.edu.platform.gateway.security;

import org.jspecify.annotations.NullMarked;
