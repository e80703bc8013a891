package vn.edu.platform.studentrecord.record.adapter.out.signing;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.util.function.SingletonSupplier;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.signing.verification.TrustAnchors;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner;

/**
 * platform-signing's pieces, configured once and built on first use, so that a service without
 * signing settings still starts (and refuses to sign): the trust anchors, the online validation
 * data of LT signatures (the TSA, OCSP and CRLs of the chain), the remote signer and the verifier.
 */
@Configuration
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

  /** The trust anchors from {@code student-record.signing.trust-anchors}, read once. */
  static Supplier<List<X509Certificate>> trustAnchors(SigningProperties properties) {
    return SingletonSupplier.of(
        () -> {
          if (properties.trustAnchors() == null) {
            throw new IllegalStateException("student-record.signing.trust-anchors is not set");
          }
          return TrustAnchors.fromFile(properties.trustAnchors());
        });
  }

  @Bean
  RecordSigner recordSigner(SigningProperties properties, Clock clock) {
    Supplier<List<X509Certificate>> anchors = trustAnchors(properties);
    return new LazyRecordSigner(
        () -> {
          if (properties.timestampAuthorityUrl() == null) {
            throw new IllegalStateException(
                "student-record.signing.timestamp-authority-url is not set");
          }
          var builder =
              OnlineValidationData.builder()
                  .trustAnchors(anchors.get())
                  .timestampAuthority(properties.timestampAuthorityUrl());
          if (properties.revocationReuse() != null) {
            builder.reuseRevocationDataFor(properties.revocationReuse());
          }
          return new CscRecordSigner(properties, builder.build(), clock);
        });
  }

  /**
   * The signing jobs' own threads: a job waits minutes for its code, and must not hold a thread of
   * the application's shared executor meanwhile. At most 8 jobs sign at once; more wait. A job runs
   * with the security context of the request that started it, so that its audit entries name the
   * signer (the caller), not "system".
   */
  @Bean
  TaskExecutor signingJobExecutor() {
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("signing-job-");
    executor.setConcurrencyLimit(8);
    executor.setVirtualThreads(true);
    return new DelegatingSecurityContextAsyncTaskExecutor(executor);
  }

  /**
   * The records' verifier, remembering the group signatures it found valid ({@code
   * student-record.signing.remembered-groups}, {@code remember-valid-groups-for}), and counting in
   * {@code records.signature.verifications} how each verification was answered: {@code
   * validation=dss} ran DSS's validation, {@code validation=remembered} matched the record's digest
   * against a group already validated.
   */
  @Bean
  JadesSignatureVerifier recordSignatureVerifier(
      SigningProperties properties, MeterRegistry meters) {
    Supplier<List<X509Certificate>> anchors = trustAnchors(properties);
    JadesSignatureVerifier verifier =
        new JadesSignatureVerifier(
            () ->
                new JsonSignatureVerifier(anchors.get())
                    .rememberingValidGroups(
                        properties.rememberedGroups(), properties.rememberValidGroupsFor()));
    FunctionCounter.builder(
            "records.signature.verifications", verifier, JadesSignatureVerifier::validations)
        .tag("validation", "dss")
        .description("Record signatures verified by DSS's validation")
        .register(meters);
    FunctionCounter.builder(
            "records.signature.verifications", verifier, JadesSignatureVerifier::rememberedAnswers)
        .tag("validation", "remembered")
        .description("Record signatures verified against a group signature already validated")
        .register(meters);
    return verifier;
  }
}
