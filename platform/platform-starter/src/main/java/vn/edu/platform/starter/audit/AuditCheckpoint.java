package vn.edu.platform.starter.audit;

import java.time.Instant;

/**
 * The head of a service's audit chain at one moment, signed: "service S's chain had {@code lastSeq}
 * entries ending in {@code headHash} at {@code takenAt}". Kept outside the service's database (ADR
 * 0005), it lets verification notice what the chain alone cannot: newest entries deleted, or the
 * chain rewritten and re-hashed after the checkpoint.
 *
 * @param service the service whose chain it anchors ({@code platform.service.name})
 * @param lastSeq sequence number of the newest entry at that moment
 * @param headHash hash of that entry
 * @param takenAt when the checkpoint was taken
 * @param mac HMAC-SHA256 of the other fields under the checkpoint key, hex ({@link
 *     CheckpointSigner}); whoever writes to the database or the checkpoint topic without the key
 *     cannot make a valid one
 */
public record AuditCheckpoint(
    String service, long lastSeq, String headHash, Instant takenAt, String mac) {}
