package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.signing.verification.TrustAnchors;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner;

/**
 * platform-signing's pieces, configured once: the trust anchors, the online validation data of LT
 * signatures (the TSA, OCSP and CRLs of the chain), the remote signer and the verifier. Built
 * lazily so that a service without signing settings still starts (and refuses to sign).
 */
@Configuration
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

  @Bean
  @Lazy
  List<X509Certificate> signingTrustAnchors(SigningProperties properties) {
    if (properties.trustAnchors() == null) {
      throw new IllegalStateException("student-record.signing.trust-anchors is not set");
    }
    return TrustAnchors.fromFile(properties.trustAnchors());
  }

  @Bean
  @Lazy
  OnlineValidationData signingValidationData(
      SigningProperties properties, @Lazy List<X509Certificate> signingTrustAnchors) {
    if (properties.timestampAuthorityUrl() == null) {
      throw new IllegalStateException("student-record.signing.timestamp-authority-url is not set");
    }
    var builder =
        OnlineValidationData.builder()
            .trustAnchors(signingTrustAnchors)
            .timestampAuthority(properties.timestampAuthorityUrl());
    if (properties.revocationReuse() != null) {
      builder.reuseRevocationDataFor(properties.revocationReuse());
    }
    return builder.build();
  }

  @Bean
  RecordSigner recordSigner(
      SigningProperties properties, @Lazy OnlineValidationData signingValidationData, Clock clock) {
    return new LazyRecordSigner(
        () -> new CscRecordSigner(properties, signingValidationData, clock));
  }

  @Bean
  @Lazy
  JsonSignatureVerifier recordSignatureVerifier(@Lazy List<X509Certificate> signingTrustAnchors) {
    return new JsonSignatureVerifier(signingTrustAnchors);
  }
}
