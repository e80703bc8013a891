package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service signs ({@code student-record.signing.*}).
 *
 * @param cscBaseUri the CA's remote signing service (Cloud Signature Consortium API v2); locally
 *     the simulator started by {@code ./platform-local}
 * @param cscAccessTokens the CA's access token per signer login. In production the CA issues it
 *     through its own OAuth login, which the platform does not implement yet; locally and in tests
 *     the simulator's tokens are configured here
 * @param timestampAuthorityUrl the RFC 3161 time-stamp authority of baseline-LT signatures
 * @param trustAnchors a PEM file of the root CAs a signer's chain must end at
 * @param revocationReuse how long an OCSP answer or CRL is reused between signatures
 */
@ConfigurationProperties("student-record.signing")
public record SigningProperties(
    @Nullable URI cscBaseUri,
    Map<String, String> cscAccessTokens,
    @Nullable String timestampAuthorityUrl,
    @Nullable Path trustAnchors,
    @Nullable Duration revocationReuse) {

  public SigningProperties {
    cscAccessTokens = cscAccessTokens == null ? Map.of() : Map.copyOf(cscAccessTokens);
  }
}
