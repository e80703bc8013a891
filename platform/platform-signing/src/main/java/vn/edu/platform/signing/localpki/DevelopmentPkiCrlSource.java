package vn.edu.platform.signing.localpki;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.io.IOException;
import java.security.cert.CRLException;
import java.time.Clock;
import java.time.Duration;

/**
 * DSS's revocation source answered by the development PKI in the same process: the CRL of the
 * certificate's issuer as of now. What the signing side asks when it embeds validation data
 * (baseline-LT), for unit tests that need no HTTP; {@link PkiHttpServer} answers the same CRLs over
 * HTTP to DSS's online sources.
 */
public final class DevelopmentPkiCrlSource implements CRLSource {

  private static final Duration CRL_VALIDITY = Duration.ofDays(1);

  private final DevelopmentPki pki;
  private final Clock clock;

  /**
   * What a signer at baseline-LT needs from the PKI in process: its root as the trust anchor, this
   * source for the CRLs, and no OCSP, AIA or network at all.
   */
  public static CommonCertificateVerifier inProcessValidationData(DevelopmentPki pki, Clock clock) {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(new CertificateToken(pki.rootCertificate()));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setCrlSource(new DevelopmentPkiCrlSource(pki, clock));
    verifier.setOcspSource(null);
    verifier.setAIASource(null);
    return verifier;
  }

  public DevelopmentPkiCrlSource(DevelopmentPki pki, Clock clock) {
    this.pki = pki;
    this.clock = clock;
  }

  @Override
  public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
    if (issuer == null) {
      return null;
    }
    return pki.crlFor(issuer.getCertificate(), clock.instant(), CRL_VALIDITY)
        .map(
            crl -> {
              try {
                CRLBinary binary = CRLUtils.buildCRLBinary(crl.getEncoded());
                CRLToken token =
                    new CRLToken(certificate, CRLUtils.buildCRLValidity(binary, issuer));
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
              } catch (CRLException | IOException e) {
                throw new IllegalStateException("could not read the development CRL", e);
              }
            })
        .orElse(null);
  }
}
