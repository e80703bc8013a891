package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of baseline-LT signatures the service already has for its records ({@code
 * student-record.signing.*}, the record feature's {@code SigningProperties}), read here too so that
 * the seal signs at LT where the records do: the time-stamp authority, the trust anchors whose
 * chains the validation data is fetched for, and how long an OCSP answer or CRL is reused. Without
 * the first two the seal signs at baseline-B.
 */
@ConfigurationProperties("student-record.signing")
public record SealTimestamping(
    @Nullable String timestampAuthorityUrl,
    @Nullable Path trustAnchors,
    @Nullable Duration revocationReuse) {

  /** Whether a long-term (LT) seal can be made. */
  public boolean longTerm() {
    return timestampAuthorityUrl != null && trustAnchors != null;
  }
}
