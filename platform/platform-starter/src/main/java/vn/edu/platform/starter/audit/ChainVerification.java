package vn.edu.platform.starter.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of {@link AuditTrail#verify()}.
 *
 * @param intact whether every entry's hash and link are as written
 * @param entriesChecked how many entries were verified before the first break (all, when intact)
 * @param firstBrokenSeq the sequence number where the chain breaks, or null
 * @param reason {@code content-changed}, {@code broken-link} or {@code missing-entry} (the chain
 *     itself is broken), {@code checkpoint-mismatch} (an entry no longer has the hash a checkpoint
 *     anchored: the chain was rewritten after it) or {@code tail-truncated} (the chain ends before
 *     the newest checkpoint: its newest entries were deleted; {@code firstBrokenSeq} is the first
 *     missing one), or null
 */
public record ChainVerification(
    boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq, @Nullable String reason) {

  static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null, null);
  }

  static ChainVerification broken(long checked, long seq, String reason) {
    return new ChainVerification(false, checked, seq, reason);
  }
}
