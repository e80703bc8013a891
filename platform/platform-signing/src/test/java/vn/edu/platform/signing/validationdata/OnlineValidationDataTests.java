package vn.edu.platform.signing.validationdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.PkiHttpServer;
import vn.edu.platform.signing.localpki.RunningPki;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * Baseline-LT signatures whose validation data comes from the development PKI over HTTP, as a
 * service gets it from a licensed CA: OCSP and CRL fetched by DSS's online sources, the time-stamp
 * from the RFC 3161 endpoint. What the signature carries is enough once the servers are gone; a
 * batch asks once per certificate; a revocation stops the signer within seconds.
 */
class OnlineValidationDataTests {

  private static final String RECORD =
      "{\"studentCode\": \"3110020001\", \"schoolYear\": \"2025-2026\", \"conduct\": \"Tốt\"}";

  private final RunningPki running = RunningPki.start();
  private final Clock clock = Clock.systemUTC();
  private final JsonSignatureVerifier verifier =
      new JsonSignatureVerifier(List.of(running.pki().rootCertificate()));

  @TempDir Path cache;

  @AfterEach
  void stop() {
    running.close();
  }

  private JsonSigner signer(Duration reuse) {
    OnlineValidationData data =
        OnlineValidationData.builder()
            .trustAnchors(List.of(running.pki().rootCertificate()))
            .timestampAuthority(running.endpoints().timestamps())
            .reuseRevocationDataFor(reuse)
            .cacheDirectory(cache)
            .build();
    return new JsonSigner(clock, data.timestampSource(), data.certificateVerifier());
  }

  private IssuedSigner homeroomTeacher() {
    return running.issueSigner(
        "Ngô Thị Hoa", "Trường Tiểu học Hồng Bàng", "S311002", "Giáo viên chủ nhiệm");
  }

  @Test
  void anLtSignatureMadeOnlineVerifiesValidOnceTheServersAreStopped() {
    byte[] signature;
    try (LocalSigningKey key = homeroomTeacher().openKey()) {
      signature =
          signer(Duration.ofSeconds(10)).sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();
    }

    running.close();
    VerificationReport report = verifier.verify(signature, RECORD);

    assertThat(report.messages()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
    assertThat(report.timestamps()).isEqualTo(1);
    assertThat(report.timestampTime()).isAfterOrEqualTo(report.claimedSigningTime());
    assertThat(report.signer().role()).isEqualTo("Giáo viên chủ nhiệm");
  }

  @Test
  void aBatchOfFiftyDocumentsAsksOncePerCertificate() {
    IssuedSigner teacher = homeroomTeacher();
    PkiHttpServer server = running.server();
    BigInteger signerSerial = teacher.certificate().getSerialNumber();
    BigInteger tsaSerial = running.pki().timestampAuthority().certificate().getSerialNumber();
    BigInteger issuingCaSerial = running.pki().issuingCertificate().getSerialNumber();
    List<String> records =
        IntStream.rangeClosed(1, 50)
            .mapToObj(
                i ->
                    "{\"studentCode\": \"31100200"
                        + String.format("%02d", i)
                        + "\", \"conduct\": \"Tốt\"}")
            .toList();

    List<byte[]> signatures;
    try (LocalSigningKey key = teacher.openKey()) {
      // long enough that no answer goes stale during the batch on a slow machine
      signatures = signer(Duration.ofMinutes(5)).sign(records, key, Level.BASELINE_LT);
    }

    assertThat(signatures).hasSize(50);
    assertThat(server.ocspRequests(signerSerial)).as("the signer's OCSP requests").isEqualTo(1);
    assertThat(server.ocspRequests(tsaSerial)).as("the TSA's OCSP requests").isEqualTo(1);
    assertThat(server.ocspRequests(issuingCaSerial))
        .as("the issuing CA's OCSP requests")
        .isEqualTo(1);
    assertThat(server.crlRequests("issuing.crl") + server.crlRequests("root.crl"))
        .as("CRL requests, OCSP having answered")
        .isZero();
    assertThat(server.timestampRequests()).as("one time-stamp per signature").isEqualTo(50);
    assertThat(verifier.verify(signatures.get(49), records.get(49)).verdict())
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void
      aSignerRevokedThroughTheAdminEndpointCannotSignWithinSecondsWhileAnEarlierSignatureStaysValid()
          throws Exception {
    Duration reuse = Duration.ofSeconds(2);
    JsonSigner signer = signer(reuse);
    IssuedSigner teacher = homeroomTeacher();
    byte[] before;
    try (LocalSigningKey key = teacher.openKey()) {
      before = signer.sign(List.of(RECORD), key, Level.BASELINE_LT).getFirst();

      assertThat(running.revokeOverHttp(teacher.certificate().getSerialNumber(), null).statusCode())
          .isEqualTo(200);
      // within the reuse time the answer from before the revocation may still be used
      await()
          .atMost(reuse.plusSeconds(5))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> refusedAsRevoked(signer, key));
      assertThatThrownBy(() -> signer.sign(List.of(RECORD), key, Level.BASELINE_LT))
          .hasMessageContaining("revoked");
    }

    running.close();
    VerificationReport earlier = verifier.verify(before, RECORD);
    assertThat(earlier.verdict()).isEqualTo(Verdict.VALID);
    assertThat(earlier.certificateStatus()).isEqualTo(CertificateStatus.GOOD);
  }

  private static boolean refusedAsRevoked(JsonSigner signer, LocalSigningKey key) {
    try {
      signer.sign(List.of(RECORD), key, Level.BASELINE_LT);
      return false;
    } catch (RuntimeException e) {
      assertThat(e).hasMessageContaining("revoked");
      return true;
    }
  }

  @Test
  void theBuilderWantsTrustAnchorsAndATimestampAuthority() {
    assertThatThrownBy(
            () ->
                OnlineValidationData.builder().timestampAuthority("http://localhost:1/tsa").build())
        .hasMessageContaining("trust anchor");
    assertThatThrownBy(
            () ->
                OnlineValidationData.builder()
                    .trustAnchors(List.of(running.pki().rootCertificate()))
                    .build())
        .hasMessageContaining("time-stamp authority");
  }
}
