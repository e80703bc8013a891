package vn.edu.platform.signing.pades;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.InMemoryDocument;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.edu.platform.signing.verification.OfflineValidation;
import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Verifies the PAdES signature of a PDF, offline, against configured trust anchors ({@link
 * OfflineValidation}): the PDF is the signed document (the signature is inside it), and what the
 * signature proves is what it carries, its time-stamp and the validation data of the PDF's document
 * security store.
 */
public final class PdfSignatureVerifier {

  private final OfflineValidation validation;

  public PdfSignatureVerifier(List<X509Certificate> trustAnchors) {
    this.validation = new OfflineValidation(trustAnchors);
  }

  /** The report on the first signature of {@code pdf}. */
  public VerificationReport verify(byte[] pdf) {
    return validation.verify(
        new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF), List.of());
  }
}
