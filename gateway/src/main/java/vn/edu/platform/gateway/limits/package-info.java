/**
 * Limits that protect the services: request body size (413) and request rate per client (429, token
 * buckets from Bucket4j kept in process by default; see ADR 0007 and the module README for a shared
 * store).
 */
@NullMarked
package vn.edu.platform.gateway.limits;

import org.jspecify.annotations.NullMarked;
