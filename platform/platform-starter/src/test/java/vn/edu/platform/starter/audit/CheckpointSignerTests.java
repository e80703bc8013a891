package vn.edu.platform.starter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A checkpoint is authentic only unaltered and under the key it was signed with. */
class CheckpointSignerTests {

  private static final String KEY = "a-key-of-the-service-at-least-32-bytes-long";
  private static final Instant TAKEN = Instant.parse("2026-12-04T01:15:00Z");

  private final CheckpointSigner signer = new CheckpointSigner(KEY);
  private final AuditCheckpoint genuine = signer.sign("plan-service", 42, "ab".repeat(32), TAKEN);

  @Test
  void acceptsWhatItSigned() {
    assertThat(signer.isAuthentic(genuine)).isTrue();
    assertThat(new CheckpointSigner(KEY).isAuthentic(genuine))
        .as("same key, new instance")
        .isTrue();
  }

  @Test
  void refusesAnyAlteredField() {
    assertThat(signer.isAuthentic(with(genuine, "other-service", 42, genuine.headHash(), TAKEN)))
        .isFalse();
    assertThat(signer.isAuthentic(with(genuine, "plan-service", 41, genuine.headHash(), TAKEN)))
        .isFalse();
    assertThat(signer.isAuthentic(with(genuine, "plan-service", 42, "cd".repeat(32), TAKEN)))
        .isFalse();
    assertThat(
            signer.isAuthentic(
                with(genuine, "plan-service", 42, genuine.headHash(), TAKEN.plusSeconds(1))))
        .isFalse();
    assertThat(
            signer.isAuthentic(
                new AuditCheckpoint("plan-service", 42, genuine.headHash(), TAKEN, null)))
        .isFalse();
  }

  @Test
  void refusesACheckpointSignedWithAnotherKey() {
    AuditCheckpoint forged =
        new CheckpointSigner("another-key-that-is-also-32-bytes-or-more")
            .sign("plan-service", 42, genuine.headHash(), TAKEN);

    assertThat(signer.isAuthentic(forged)).isFalse();
  }

  @Test
  void refusesAShortKey() {
    assertThatThrownBy(() -> new CheckpointSigner("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  private static AuditCheckpoint with(
      AuditCheckpoint signed, String service, long seq, String hash, Instant takenAt) {
    return new AuditCheckpoint(service, seq, hash, takenAt, signed.mac());
  }
}
