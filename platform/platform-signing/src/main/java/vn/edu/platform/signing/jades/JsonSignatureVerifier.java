package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import vn.edu.platform.signing.jades.VerificationReport.Signer;
import vn.edu.platform.signing.jades.VerificationReport.Verdict;

/**
 * Verifies a detached JAdES signature of a JSON document with DSS's validation (ETSI EN 319 102-1,
 * DSS's default policy) against configured trust anchors, offline: no AIA, OCSP or CRL request is
 * made, so what a signature proves is what it carries. Vietnamese CAs are not on the EU trusted
 * lists; the anchors are given explicitly (the national root CA in production, the development root
 * here).
 */
public final class JsonSignatureVerifier {

  private final List<X509Certificate> trustAnchors;

  public JsonSignatureVerifier(List<X509Certificate> trustAnchors) {
    if (trustAnchors.isEmpty()) {
      throw new IllegalArgumentException("at least one trust anchor is needed");
    }
    this.trustAnchors = List.copyOf(trustAnchors);
  }

  /** The report on {@code signature} as a signature of the JSON text {@code json}. */
  public VerificationReport verify(byte[] signature, String json) {
    Reports reports;
    try {
      SignedDocumentValidator validator =
          SignedDocumentValidator.fromDocument(new InMemoryDocument(signature, "signature.json"));
      validator.setDetachedContents(List.of(JsonSigner.canonicalDocument(json)));
      validator.setCertificateVerifier(offlineVerifier());
      reports = validator.validateDocument();
    } catch (DSSException | UnsupportedOperationException | IllegalArgumentException e) {
      // DSS refuses bytes it cannot read as any signature format
      return notASignature(e.getMessage());
    }
    SimpleReport simple = reports.getSimpleReport();
    String id = simple.getFirstSignatureId();
    if (id == null) {
      return notASignature("no signature found");
    }
    DiagnosticData diagnostic = reports.getDiagnosticData();
    SignatureWrapper found = diagnostic.getSignatureById(id);
    CertificateWrapper certificate = found.getSigningCertificate();
    SubIndication sub = simple.getSubIndication(id);
    Date claimed = found.getClaimedSigningTime();
    return new VerificationReport(
        verdict(simple.getIndication(id)),
        sub == null ? null : sub.name(),
        !found.getDigestMatchers().isEmpty()
            && found.getDigestMatchers().stream().allMatch(XmlDigestMatcher::isDataIntact),
        found.isSignatureIntact() && found.isSignatureValid(),
        certificate == null
            ? null
            : new Signer(
                certificate.getCommonName(),
                certificate.getOrganizationName(),
                certificate.getOrganizationalUnit(),
                certificate.getTitle()),
        found.getCertificateChain().stream().anyMatch(CertificateWrapper::isTrusted),
        claimed == null ? null : claimed.toInstant(),
        found.getTimestampList().size(),
        simple.getAdESValidationErrors(id).stream().map(Message::getValue).toList());
  }

  private CommonCertificateVerifier offlineVerifier() {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setAIASource(null);
    verifier.setOcspSource(null);
    verifier.setCrlSource(null);
    return verifier;
  }

  private static Verdict verdict(Indication indication) {
    return switch (indication) {
      case TOTAL_PASSED, PASSED -> Verdict.VALID;
      case TOTAL_FAILED, FAILED -> Verdict.INVALID;
      default -> Verdict.INDETERMINATE;
    };
  }

  private static VerificationReport notASignature(String message) {
    return new VerificationReport(
        Verdict.INVALID,
        "NOT_A_SIGNATURE",
        false,
        false,
        null,
        false,
        null,
        0,
        message == null ? List.of() : List.of(message));
  }
}
