/**
 * The edu-platform gateway: Spring Cloud Gateway on WebFlux in front of the five services. It
 * routes {@code /api/v1/<service>/**} and the public {@code /public/v1/**} paths unchanged,
 * validates Keycloak tokens (the {@code edu-api} audience is required) and relays them, applies
 * CORS, security headers, request-size and rate limits, protects every route with a circuit
 * breaker, a timeout and retries of idempotent requests, propagates {@code X-Request-Id} and W3C
 * {@code traceparent}, answers every error with an RFC 9457 problem and serves one Swagger UI over
 * the services' OpenAPI documents. It shares no code with the servlet platform starter.
 */
@NullMarked
package vn.edu.platform.gateway;

import org.jspecify.annotations.NullMarked;
