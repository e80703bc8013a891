package vn.edu.platform.signing.verification;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.enumerations.ValidationLevel;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.BasicSignatureConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import eu.europa.esig.dss.policy.jaxb.UnsignedAttributesConstraints;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXException;
import vn.edu.platform.signing.verification.VerificationReport.CertificateStatus;
import vn.edu.platform.signing.verification.VerificationReport.Signer;
import vn.edu.platform.signing.verification.VerificationReport.Verdict;

/**
 * DSS's validation (ETSI EN 319 102-1, DSS's default policy) against configured trust anchors,
 * offline: no AIA, OCSP or CRL request is made, so what a signature proves is what it carries.
 * Vietnamese CAs are not on the EU trusted lists; the anchors are given explicitly (the national
 * root CA in production, the development root here). Shared by the JAdES and PAdES verifiers.
 */
public final class OfflineValidation {

  private static final String DSS_DEFAULT_POLICY = "/policy/constraint.xml";

  private final ValidationPolicy policy;
  // read-only once built: the anchors and no online source, shared by every validation
  private final CommonCertificateVerifier certificateVerifier;

  /**
   * The validation the services use: DSS's default policy, plus a signature time-stamp required
   * (FAIL when absent). Without one, nothing proves when the signature was made, so the embedded
   * revocation data proves nothing either: a baseline-LT signature stripped of its time-stamp must
   * not pass.
   */
  public OfflineValidation(List<X509Certificate> trustAnchors) {
    this(trustAnchors, true);
  }

  /** DSS's default policy as it is, for tests of the baseline-B format. */
  public static OfflineValidation acceptingBaselineB(List<X509Certificate> trustAnchors) {
    return new OfflineValidation(trustAnchors, false);
  }

  private OfflineValidation(List<X509Certificate> trustAnchors, boolean timestampRequired) {
    if (trustAnchors.isEmpty()) {
      throw new IllegalArgumentException("at least one trust anchor is needed");
    }
    this.policy = policy(timestampRequired);
    this.certificateVerifier = offlineVerifier(trustAnchors);
  }

  /** DSS's default policy (read once: DSS would unmarshal it for every validation). */
  private static ValidationPolicy policy(boolean timestampRequired) {
    ConstraintsParameters constraints;
    try (InputStream xml = EtsiValidationPolicy.class.getResourceAsStream(DSS_DEFAULT_POLICY)) {
      constraints = ValidationPolicyFacade.newFacade().unmarshall(xml);
    } catch (IOException | JAXBException | XMLStreamException | SAXException e) {
      throw new IllegalStateException("DSS's default validation policy cannot be read", e);
    }
    // a PDF changed after signing (a page redrawn, objects replaced in a later revision) fails:
    // DSS's default only warns, and a diploma whose reader sees another number is not valid
    BasicSignatureConstraints basic =
        constraints.getSignatureConstraints().getBasicSignatureConstraints();
    basic.setPdfVisualDifference(failing());
    basic.setUndefinedChanges(failing());
    if (timestampRequired) {
      UnsignedAttributesConstraints unsigned =
          constraints.getSignatureConstraints().getUnsignedAttributes();
      unsigned.setSignatureTimeStamp(failing());
    }
    return CryptographicSuitesOnce.of(new EtsiValidationPolicy(constraints));
  }

  /**
   * The report on the first signature in {@code signed}; {@code detachedContents} are the signed
   * documents of a detached signature (empty for an enveloped one such as PAdES).
   */
  public VerificationReport verify(DSSDocument signed, List<DSSDocument> detachedContents) {
    // one validation at a time in the JVM, whichever instance: two detached JAdES verifications at
    // once, each with a verifier of its own, answered SIGNED_DATA_NOT_FOUND for a sound signature
    // within a hundred pairs (DSS keeps state that is not safe across threads); at ≈ 10 ms a
    // signature an instance still verifies about a hundred a second
    synchronized (OfflineValidation.class) {
      return validate(signed, detachedContents);
    }
  }

  private VerificationReport validate(DSSDocument signed, List<DSSDocument> detachedContents) {
    Reports reports;
    try {
      SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(signed);
      if (!detachedContents.isEmpty()) {
        validator.setDetachedContents(detachedContents);
      }
      validator.setCertificateVerifier(certificateVerifier);
      // the ETSI TS 119 102-2 XML report is nobody's here, and building it is a third of the time
      validator.setEnableEtsiValidationReport(false);
      validator.setValidationLevel(ValidationLevel.LONG_TERM_DATA);
      reports = validator.validateDocument(policy);
    } catch (DSSException | UnsupportedOperationException | IllegalArgumentException e) {
      // DSS refuses bytes it cannot read as any signature format
      return VerificationReport.notASignature(e.getMessage());
    }
    return report(reports);
  }

  private static VerificationReport report(Reports reports) {
    SimpleReport simple = reports.getSimpleReport();
    String id = simple.getFirstSignatureId();
    if (id == null) {
      return VerificationReport.notASignature("no signature found");
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
        certificate == null ? CertificateStatus.UNKNOWN : status(certificate),
        claimed == null ? null : claimed.toInstant(),
        found.getTimestampList().stream()
            .filter(t -> t.getType() == TimestampType.SIGNATURE_TIMESTAMP)
            .map(TimestampWrapper::getProductionTime)
            .min(Comparator.naturalOrder())
            .map(Date::toInstant)
            .orElse(null),
        found.getTimestampList().size(),
        simple.getAdESValidationErrors(id).stream().map(Message::getValue).toList());
  }

  private static LevelConstraint failing() {
    LevelConstraint constraint = new LevelConstraint();
    constraint.setLevel(Level.FAIL);
    return constraint;
  }

  /** Revoked if any revocation data carried says so; good if some says good; else unknown. */
  private static CertificateStatus status(CertificateWrapper certificate) {
    List<CertificateRevocationWrapper> data = certificate.getCertificateRevocationData();
    if (data.stream().anyMatch(CertificateRevocationWrapper::isRevoked)) {
      return CertificateStatus.REVOKED;
    }
    return data.stream().anyMatch(CertificateRevocationWrapper::isKnown)
        ? CertificateStatus.GOOD
        : CertificateStatus.UNKNOWN;
  }

  private static CommonCertificateVerifier offlineVerifier(List<X509Certificate> trustAnchors) {
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
}
