package vn.edu.platform.test.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.jades.JsonSignatureVerifier;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.jades.JsonSigner.Level;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

class DevelopmentPkiServerIntegrationTests {

  private final DevelopmentPkiServer server = DevelopmentPkiServer.get();

  @Test
  void startsOnePkiServerPerJvmOnAnEphemeralPortItsCertificatesName() {
    assertThat(DevelopmentPkiServer.get()).isSameAs(server);
    assertThat(server.endpoints().baseUrl())
        .isEqualTo("http://localhost:" + server.server().port() + "/pki");
    assertThat(server.server().port()).isNotEqualTo(8190);
    assertThat(server.pki().directory()).isPresent();
  }

  @Test
  void servesTheIssuingCasCrlWithARevocationAtOnce() throws Exception {
    IssuedSigner teacher =
        server.issueSigner(
            "Đặng Văn Sơn", "Trường Tiểu học An Lão", "S311012", "Giáo viên chủ nhiệm");
    server.pki().revoke(teacher.certificate(), java.time.Instant.now());

    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.endpoints().issuingCrl())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));

    assertThat(crl.isRevoked(teacher.certificate())).isTrue();
  }

  @Test
  void aServiceSignsAtBaselineLtAgainstItAndTheSignatureVerifies() {
    String record = "{\"studentCode\": \"3110120007\", \"conduct\": \"Khá\"}";
    IssuedSigner principal =
        server.issueSigner("Bùi Thị Lan", "Trường Tiểu học Hồng Bàng", "S311002", "Hiệu trưởng");
    OnlineValidationData data = server.validationData(Duration.ofSeconds(10));
    JsonSigner signer =
        new JsonSigner(Clock.systemUTC(), data.timestampSource(), data.certificateVerifier());

    byte[] signature;
    try (LocalSigningKey key = principal.openKey()) {
      signature = signer.sign(List.of(record), key, Level.BASELINE_LT).getFirst();
    }

    assertThat(new JsonSignatureVerifier(server.trustAnchors()).verify(signature, record).verdict())
        .isEqualTo(Verdict.VALID);
  }
}
