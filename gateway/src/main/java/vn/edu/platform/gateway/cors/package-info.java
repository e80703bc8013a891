/**
 * Cross-origin access for the frontends ({@code edu.gateway.cors.allowed-origins}), answered at the
 * edge so that no service needs its own CORS configuration.
 */
@NullMarked
package vn.edu.platform.gateway.cors;

import org.jspecify.annotations.NullMarked;
