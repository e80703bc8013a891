/**
 * RFC 9457 problems in the platform's shape ({@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance}, {@code code}, {@code traceId}), titled in Vietnamese or English by
 * {@code Accept-Language}, for everything the gateway itself answers: 401, 403, 404, 405, 413, 429,
 * 500, 503 and 504.
 */
@NullMarked
package vn.edu.platform.gateway.problem;

import org.jspecify.annotations.NullMarked;
