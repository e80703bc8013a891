package vn.edu.platform.starter.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks {@link AuditCheckpoint}s with HMAC-SHA256 under the configured key ({@code
 * platform.audit.checkpoint.key}, held in the service's secrets, never in its database). A MAC
 * rather than a signature: the service itself is the only one that signs and verifies its
 * checkpoints, so one secret is enough.
 */
public class CheckpointSigner {

  /** Shortest accepted key: 256 bits, the size of the HMAC-SHA256 output. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public CheckpointSigner(String key) {
    byte[] bytes = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "platform.audit.checkpoint.key must have at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  public AuditCheckpoint sign(String service, long lastSeq, String headHash, Instant takenAt) {
    return new AuditCheckpoint(
        service, lastSeq, headHash, takenAt, mac(service, lastSeq, headHash, takenAt));
  }

  /** Whether the checkpoint's MAC is the one this key gives its fields. */
  public boolean isAuthentic(AuditCheckpoint checkpoint) {
    if (checkpoint.mac() == null
        || checkpoint.service() == null
        || checkpoint.headHash() == null
        || checkpoint.takenAt() == null) {
      return false;
    }
    String expected =
        mac(
            checkpoint.service(),
            checkpoint.lastSeq(),
            checkpoint.headHash(),
            checkpoint.takenAt());
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        checkpoint.mac().getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(String service, long lastSeq, String headHash, Instant takenAt) {
    String canonical =
        String.join("\u001f", service, Long.toString(lastSeq), headHash, takenAt.toString());
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
