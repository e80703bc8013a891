/**
 * The one-command local platform: a plain-Java launcher that runs PostgreSQL, Kafka, Keycloak, the
 * gateway and every built service as separate processes under {@code .local/}, and the development
 * PKI (CRLs, OCSP, time-stamps) in its own JVM, waits for each to be healthy, loads demo data,
 * prints where everything is, and stops it all cleanly.
 */
@NullMarked
package vn.edu.platform.local;

import org.jspecify.annotations.NullMarked;
