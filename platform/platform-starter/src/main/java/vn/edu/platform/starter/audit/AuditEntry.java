package vn.edu.platform.starter.audit;

import java.time.Instant;
import java.util.UUID;

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
    String actorClient,
    String actorOrgUnit,
    String action,
    String resourceType,
    String resourceId,
    String orgUnit,
    String purpose,
    String outcome,
    String traceId,
    String prevHash,
    String hash) {}
