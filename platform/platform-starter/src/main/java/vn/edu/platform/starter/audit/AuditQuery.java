package vn.edu.platform.starter.audit;

import java.time.Instant;

/** Filter of {@link AuditTrail#find}; null fields do not filter. Pages are 0-based. */
public record AuditQuery(
    String resourceType,
    String resourceId,
    String actorSubject,
    String orgUnit,
    Instant from,
    Instant to,
    int page,
    int size) {

  public static final int MAX_SIZE = 200;

  public AuditQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }
}
