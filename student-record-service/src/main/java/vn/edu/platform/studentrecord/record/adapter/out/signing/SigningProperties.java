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
 * @param rememberedGroups how many group signatures the verifier remembers as found valid (each
 *     covers up to 20 records; default 20,000, about 40 MB): the other records of a group are then
 *     verified by their digest against the signed header, without another DSS validation
 * @param rememberValidGroupsFor how long such a verdict is reused before DSS judges the signature
 *     again (default 1 hour): the time a signature is judged at moves on, certificates expire
 */
@ConfigurationProperties("student-record.signing")
public record SigningProperties(
    @Nullable URI cscBaseUri,
    Map<String, String> cscAccessTokens,
    @Nullable String timestampAuthorityUrl,
    @Nullable Path trustAnchors,
    @Nullable Duration revocationReuse,
    @Nullable Integer rememberedGroups,
    @Nullable Duration rememberValidGroupsFor) {

  public SigningProperties {
    cscAccessTokens = cscAccessTokens == null ? Map.of() : Map.copyOf(cscAccessTokens);
    rememberedGroups = rememberedGroups == null ? 20_000 : rememberedGroups;
    rememberValidGroupsFor =
        rememberValidGroupsFor == null ? Duration.ofHours(1) : rememberValidGroupsFor;
  }
}
