/**
 * The routes to the services, with their circuit breakers, timeouts and retries, built from the
 * typed configuration at start-up.
 */
@NullMarked
package vn.edu.platform.gateway.routing;

import org.jspecify.annotations.NullMarked;
