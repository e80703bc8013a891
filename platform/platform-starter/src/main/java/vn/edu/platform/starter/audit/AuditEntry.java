package vn.edu.platform.starter.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited access to a personal record: who (subject id, client, unit), what (action on a
 * resource), when, why (the legal purpose, e.g. {@code transfer-between-schools}) and the outcome.
 * It holds identifiers only; the record's content never enters the trail.
 */
public record AuditEntry(
    long seq,
    UUID id,
    Instant occurredAt,
    String actorSubject,
    @Nullable String actorClient,
    @Nullable String actorOrgUnit,
    String action,
    String resourceType,
    @Nullable String resourceId,
    @Nullable String orgUnit,
    @Nullable String purpose,
    String outcome,
    @Nullable String traceId,
    @Nullable String prevHash,
    String hash) {}
