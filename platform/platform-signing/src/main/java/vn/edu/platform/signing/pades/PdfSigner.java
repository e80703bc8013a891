package vn.edu.platform.signing.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.signer.SigningKey;

/**
 * Signs PDFs as PAdES (ETSI EN 319 142-1) with DSS over PDFBox: the signature is embedded in the
 * PDF as an incremental update (a signature field whose CMS covers every byte of the document but
 * its own value), so the PDF itself is what is stored, sent and verified. A batch is one call to
 * the key, as for {@link JsonSigner}: every PDF's digest is signed in one request, which is what a
 * remote signing service authorises with one confirmation, and the batch has one signing time.
 *
 * <p>Levels ({@link JsonSigner.Level}, the ETSI baseline levels, shared with JAdES): baseline-B for
 * tests of the format, and baseline-LT, the level the services use for diplomas: a signature
 * time-stamp (RFC 3161) in the CMS, and the chain's certificates and CRLs of the moment of signing
 * in the PDF's document security store (the {@code /DSS} dictionary), so that the signature
 * verifies offline decades later, when the CA is gone. Signing at LT fails when the revocation data
 * cannot be had or says the signer's certificate is revoked (DSS's default alerts).
 */
public final class PdfSigner {

  private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

  private final PAdESService service;
  private final Clock clock;
  private final boolean timestamps;

  /** A signer of baseline-B only: no time-stamp authority, no validation data. */
  public PdfSigner(Clock clock) {
    this(clock, new PAdESService(new CommonCertificateVerifier()), false);
  }

  /**
   * A signer of every level: {@code timestampAuthority} answers the signature time-stamps, {@code
   * validationData} finds the chain's certificates and their CRL or OCSP answers and knows the
   * trust anchors.
   */
  public PdfSigner(Clock clock, TSPSource timestampAuthority, CertificateVerifier validationData) {
    this(clock, withTimestamps(new PAdESService(validationData), timestampAuthority), true);
  }

  private PdfSigner(Clock clock, PAdESService service, boolean timestamps) {
    // PDFBox named here rather than found on the class path, so a missing implementation is a
    // build error, not a signing failure in production
    service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
    this.service = service;
    this.clock = clock;
    this.timestamps = timestamps;
  }

  private static PAdESService withTimestamps(PAdESService service, TSPSource timestampAuthority) {
    service.setTspSource(timestampAuthority);
    return service;
  }

  /** One signed copy per PDF at {@code level}, in order, made with {@code key}; no details. */
  public List<byte[]> sign(List<byte[]> pdfs, SigningKey key, JsonSigner.Level level) {
    return sign(pdfs, key, level, PdfSignatureDetails.NONE);
  }

  /**
   * One signed copy per PDF at {@code level}, in order, made with {@code key}, each signature
   * carrying {@code details} (the same field name, reason and location for every PDF of the batch).
   */
  public List<byte[]> sign(
      List<byte[]> pdfs, SigningKey key, JsonSigner.Level level, PdfSignatureDetails details) {
    if (level != JsonSigner.Level.BASELINE_B && !timestamps) {
      throw new IllegalStateException(level + " needs a time-stamp authority and validation data");
    }
    // one signing time for the batch: every signature of it claims the moment it was confirmed
    Date signingTime = Date.from(clock.instant());
    List<DSSDocument> documents = new ArrayList<>(pdfs.size());
    // parameters per PDF, not per batch: DSS caches the prepared revision of the PDF and its
    // digest in them between getDataToSign and signDocument; shared, they would have the key sign
    // the first PDF's digest for every PDF
    List<PAdESSignatureParameters> parameters = new ArrayList<>(pdfs.size());
    List<Digest> digests = new ArrayList<>(pdfs.size());
    for (int i = 0; i < pdfs.size(); i++) {
      DSSDocument document = new InMemoryDocument(pdfs.get(i), "document.pdf", MimeTypeEnum.PDF);
      PAdESSignatureParameters forDocument = parameters(key, level, details, signingTime);
      ToBeSigned toBeSigned = service.getDataToSign(document, forDocument);
      documents.add(document);
      parameters.add(forDocument);
      digests.add(new Digest(DIGEST, DSSUtils.digest(DIGEST, toBeSigned.getBytes())));
    }
    List<SignatureValue> values = key.signDigests(digests);
    if (values.size() != documents.size()) {
      throw new IllegalStateException(
          "the key answered " + values.size() + " signatures for " + documents.size() + " digests");
    }
    List<byte[]> signed = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      DSSDocument document =
          service.signDocument(documents.get(i), parameters.get(i), values.get(i));
      signed.add(DSSUtils.toByteArray(document));
    }
    return signed;
  }

  private PAdESSignatureParameters parameters(
      SigningKey key, JsonSigner.Level level, PdfSignatureDetails details, Date signingTime) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(padesLevel(level));
    parameters.setDigestAlgorithm(DIGEST);
    parameters.setSigningCertificate(key.certificate());
    parameters.setCertificateChain(key.chain());
    parameters.bLevel().setSigningDate(signingTime);
    // the /M entry of the signature dictionary is written in the clock's zone
    parameters.setSigningTimeZone(TimeZone.getTimeZone(clock.getZone()));
    parameters.setReason(details.reason());
    parameters.setLocation(details.location());
    if (details.field() != null) {
      parameters.getImageParameters().getFieldParameters().setFieldId(details.field());
    }
    return parameters;
  }

  private static SignatureLevel padesLevel(JsonSigner.Level level) {
    return switch (level) {
      case BASELINE_B -> SignatureLevel.PAdES_BASELINE_B;
      case BASELINE_LT -> SignatureLevel.PAdES_BASELINE_LT;
    };
  }
}
