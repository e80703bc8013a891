package vn.edu.platform.signing.localpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TimestampToken;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The development PKI over HTTP as a relying party sees it: CRLs that list a revocation as soon as
 * it is made, an OCSP responder that says good, revoked (with time and reason) or unknown, a TSA
 * whose tokens DSS accepts, the CAs' certificates, and a development endpoint to revoke by serial.
 */
class PkiHttpServerTests {

  private static final RunningPki RUNNING = RunningPki.start();
  private static final byte[] NONCE = "nonce-of-this-test".getBytes(StandardCharsets.UTF_8);

  @AfterAll
  static void stop() {
    RUNNING.close();
  }

  private final DevelopmentPki pki = RUNNING.pki();

  private IssuedSigner teacher() {
    return RUNNING.issueSigner(
        "Ngô Thị Hoa", "Trường Tiểu học Hồng Bàng", "S311002", "Giáo viên chủ nhiệm");
  }

  @Test
  void theIssuingCrlListsACertificateRevokedThroughTheAdminEndpointWithinSeconds()
      throws Exception {
    IssuedSigner teacher = teacher();
    assertThat(crl("issuing.crl").isRevoked(teacher.certificate())).isFalse();
    int fetchedBefore = RUNNING.server().crlRequests("issuing.crl");

    Instant revoking = Instant.now();
    HttpResponse<byte[]> revoked =
        RUNNING.revokeOverHttp(teacher.certificate().getSerialNumber(), null);
    X509CRL crl = crl("issuing.crl");

    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(new String(revoked.body(), StandardCharsets.UTF_8))
        .startsWith("revoked " + teacher.certificate().getSerialNumber());
    assertThat(Duration.between(revoking, Instant.now())).isLessThan(Duration.ofSeconds(5));
    crl.verify(pki.issuingCertificate().getPublicKey());
    assertThat(crl.isRevoked(teacher.certificate())).isTrue();
    assertThat(crl.getRevokedCertificate(teacher.certificate()).getRevocationReason())
        .hasToString("KEY_COMPROMISE");
    assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
        .isEqualTo(PkiHttpServer.VALIDITY);
    assertThat(RUNNING.server().crlRequests("issuing.crl")).isEqualTo(fetchedBefore + 1);
  }

  @Test
  void theRootCrlIsSignedByTheRootAndListsNoSigner() throws Exception {
    X509CRL crl = crl("root.crl");

    crl.verify(pki.rootCertificate().getPublicKey());
    assertThat(crl.getIssuerX500Principal())
        .isEqualTo(pki.rootCertificate().getSubjectX500Principal());
    assertThat(crl.isRevoked(pki.issuingCertificate())).isFalse();
  }

  @Test
  void ocspSaysGoodThenRevokedWithTheTimeAndReasonSignedByTheIssuingCa() throws Exception {
    IssuedSigner teacher = teacher();
    BigInteger serial = teacher.certificate().getSerialNumber();

    BasicOCSPResp good = ocsp(pki.issuingCertificate(), serial);
    assertThat(good.getResponses()[0].getCertStatus()).isSameAs(CertificateStatus.GOOD);
    assertThat(good.isSignatureValid(verifier(pki.issuingCertificate()))).isTrue();
    assertThat(good.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue())
        .isEqualTo(new DEROctetString(NONCE));

    Instant revokedAt = Instant.now();
    assertThat(RUNNING.revokeOverHttp(serial, "superseded").statusCode()).isEqualTo(200);
    SingleResp revoked = ocsp(pki.issuingCertificate(), serial).getResponses()[0];

    assertThat(revoked.getCertStatus()).isInstanceOf(RevokedStatus.class);
    RevokedStatus status = (RevokedStatus) revoked.getCertStatus();
    assertThat(status.getRevocationReason()).isEqualTo(CRLReason.superseded);
    assertThat(status.getRevocationTime().toInstant())
        .isCloseTo(revokedAt, within(2, ChronoUnit.SECONDS));
    assertThat(RUNNING.server().ocspRequests(serial)).isEqualTo(2);
  }

  @Test
  void ocspSaysUnknownForASerialTheCaNeverIssued() throws Exception {
    SingleResp answer =
        ocsp(pki.issuingCertificate(), BigInteger.valueOf(987_654_321)).getResponses()[0];

    assertThat(answer.getCertStatus()).isInstanceOf(UnknownStatus.class);
  }

  @Test
  void theIssuingCasStatusIsAnsweredByTheRoot() throws Exception {
    BasicOCSPResp answer = ocsp(pki.rootCertificate(), pki.issuingCertificate().getSerialNumber());

    assertThat(answer.getResponses()[0].getCertStatus()).isSameAs(CertificateStatus.GOOD);
    assertThat(answer.isSignatureValid(verifier(pki.rootCertificate()))).isTrue();
  }

  @Test
  void aMalformedOcspRequestGetsMalformedRequestAndAWrongMediaType415() throws Exception {
    HttpResponse<byte[]> malformed =
        RunningPki.post(RUNNING.endpoints().ocsp(), "application/ocsp-request", new byte[] {1, 2});
    HttpResponse<byte[]> wrongType =
        RunningPki.post(RUNNING.endpoints().ocsp(), "application/json", new byte[] {1, 2});

    assertThat(new OCSPResp(malformed.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
    assertThat(wrongType.statusCode()).isEqualTo(415);
  }

  @Test
  void theTsaAnswersATokenDssAcceptsForTheDigestSent() throws Exception {
    byte[] digest = DSSUtils.digest(DigestAlgorithm.SHA256, "Học bạ số 3110020001".getBytes());
    OnlineTSPSource client = new OnlineTSPSource(RUNNING.endpoints().timestamps());
    int before = RUNNING.server().timestampRequests();

    TimestampBinary binary = client.getTimeStampResponse(DigestAlgorithm.SHA256, digest);
    TimestampToken token = new TimestampToken(binary.getBytes(), TimestampType.SIGNATURE_TIMESTAMP);

    assertThat(token.isSignedBy(new CertificateToken(pki.timestampAuthority().certificate())))
        .isTrue();
    assertThat(token.matchData(digest)).isTrue();
    assertThat(token.isMessageImprintDataIntact()).isTrue();
    assertThat(token.getGenerationTime().toInstant())
        .isCloseTo(Instant.now(), within(10, ChronoUnit.SECONDS));
    assertThat(token.getTimeStamp().getTimeStampInfo().getPolicy().getId())
        .isEqualTo(TimestampAuthority.DEVELOPMENT_POLICY);
    assertThat(RUNNING.server().timestampRequests()).isEqualTo(before + 1);
  }

  @Test
  void theTsaRejectsBytesThatAreNoTimestampRequest() throws Exception {
    HttpResponse<byte[]> answer =
        RunningPki.post(
            RUNNING.endpoints().timestamps(), "application/timestamp-query", new byte[] {5, 5});

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/timestamp-reply");
    assertThat(new TimeStampResponse(answer.body()).getStatus()).isEqualTo(2); // rejection
  }

  @Test
  void theCasCertificatesAreServed() throws Exception {
    assertThat(certificate(RUNNING.endpoints().rootCertificate())).isEqualTo(pki.rootCertificate());
    assertThat(certificate(RUNNING.endpoints().issuingCertificate()))
        .isEqualTo(pki.issuingCertificate());
  }

  @Test
  void theAdminEndpointRefusesUnknownSerialsBadInputAndOtherMethods() {
    assertThat(RUNNING.revokeOverHttp(BigInteger.valueOf(424_242), null).statusCode())
        .isEqualTo(404);
    assertThat(
            RunningPki.post(
                    RUNNING.endpoints().revocations(),
                    "application/x-www-form-urlencoded",
                    "serial=abc".getBytes())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            RUNNING
                .revokeOverHttp(teacher().certificate().getSerialNumber(), "certificateHold")
                .statusCode())
        .isEqualTo(400);
    assertThat(RunningPki.get(RUNNING.endpoints().revocations()).statusCode()).isEqualTo(405);
    assertThat(RunningPki.get(RUNNING.endpoints().baseUrl() + "/issuing.crl/extra").statusCode())
        .isEqualTo(404);
  }

  private static X509CRL crl(String name) throws Exception {
    HttpResponse<byte[]> response = RunningPki.get(RUNNING.endpoints().baseUrl() + "/" + name);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pkix-crl");
    return (X509CRL)
        CertificateFactory.getInstance("X.509")
            .generateCRL(new ByteArrayInputStream(response.body()));
  }

  private static X509Certificate certificate(String url) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(RunningPki.get(url).body()));
  }

  private static BasicOCSPResp ocsp(X509Certificate issuer, BigInteger serial) throws Exception {
    CertificateID id =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            new JcaX509CertificateHolder(issuer),
            serial);
    byte[] request =
        new OCSPReqBuilder()
            .addRequest(id)
            .setRequestExtensions(
                new Extensions(
                    new Extension(
                        OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false,
                        new DEROctetString(NONCE))))
            .build()
            .getEncoded();
    HttpResponse<byte[]> response =
        RunningPki.post(RUNNING.endpoints().ocsp(), "application/ocsp-request", request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/ocsp-response");
    OCSPResp answer = new OCSPResp(response.body());
    assertThat(answer.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
    return (BasicOCSPResp) answer.getResponseObject();
  }

  private static org.bouncycastle.operator.ContentVerifierProvider verifier(X509Certificate ca)
      throws Exception {
    return new JcaContentVerifierProviderBuilder().build(ca);
  }
}
