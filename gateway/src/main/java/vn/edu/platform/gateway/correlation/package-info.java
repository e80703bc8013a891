/**
 * Correlation across the platform: the {@code X-Request-Id} every request carries to the services
 * and back, and the W3C trace id problem bodies quote. The {@code traceparent} itself is created
 * and propagated by Micrometer Tracing (OpenTelemetry bridge) and Spring Cloud Gateway's
 * observation support.
 */
@NullMarked
package vn.edu.platform.gateway.correlation;

import org.jspecify.annotations.NullMarked;
