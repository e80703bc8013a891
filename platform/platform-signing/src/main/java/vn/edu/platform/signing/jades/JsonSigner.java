package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.JWSSerializationType;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SigDMechanism;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.jades.JAdESSignatureParameters;
import eu.europa.esig.dss.jades.signature.JAdESService;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.edu.platform.signing.canonical.CanonicalJson;
import vn.edu.platform.signing.signer.SigningKey;

/**
 * Signs JSON documents as JAdES (ETSI TS 119 182-1) with DSS: a detached signature over the
 * document's RFC 8785 canonical form, in JWS flattened JSON serialisation, so that the record is
 * stored as it is and its signature beside it. A batch is one call to the key: every document's
 * digest is signed in one request, which is what a remote signing service authorises at once.
 *
 * <p>Levels: baseline-B (the signed document, the signing certificate and time) for tests of the
 * format, and baseline-LT, the level the services use: a signature time-stamp (RFC 3161) plus the
 * certificate chain and revocation data of the moment of signing, so that the signature verifies
 * offline years later, when the CA is gone. Signing at LT fails when the revocation data cannot be
 * had or says the signer's certificate is revoked (DSS's default alerts), so a revoked signer
 * cannot sign.
 */
public final class JsonSigner {

  private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

  /** The JAdES baseline levels this signer makes. */
  public enum Level {
    BASELINE_B(SignatureLevel.JAdES_BASELINE_B),
    BASELINE_LT(SignatureLevel.JAdES_BASELINE_LT);

    private final SignatureLevel dss;

    Level(SignatureLevel dss) {
      this.dss = dss;
    }
  }

  private final JAdESService service;
  private final Clock clock;
  private final boolean timestamps;

  /** A signer of baseline-B only: no time-stamp authority, no validation data. */
  public JsonSigner(Clock clock) {
    this.service = new JAdESService(new CommonCertificateVerifier());
    this.clock = clock;
    this.timestamps = false;
  }

  /**
   * A signer of every level: {@code timestampAuthority} answers the signature time-stamps, {@code
   * validationData} finds the chain's certificates and their CRL or OCSP answers and knows the
   * trust anchors.
   */
  public JsonSigner(Clock clock, TSPSource timestampAuthority, CertificateVerifier validationData) {
    this.service = new JAdESService(validationData);
    this.service.setTspSource(timestampAuthority);
    this.clock = clock;
    this.timestamps = true;
  }

  /**
   * One detached JAdES signature per JSON text at {@code level}, in order, made with {@code key}.
   */
  public List<byte[]> sign(List<String> jsonDocuments, SigningKey key, Level level) {
    if (level != Level.BASELINE_B && !timestamps) {
      throw new IllegalStateException(level + " needs a time-stamp authority and validation data");
    }
    JAdESSignatureParameters parameters = parameters(key, level);
    List<DSSDocument> documents = new ArrayList<>();
    List<Digest> digests = new ArrayList<>();
    for (String json : jsonDocuments) {
      DSSDocument document = canonicalDocument(json);
      ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
      documents.add(document);
      digests.add(new Digest(DIGEST, DSSUtils.digest(DIGEST, toBeSigned.getBytes())));
    }
    List<SignatureValue> values = key.signDigests(digests);
    if (values.size() != documents.size()) {
      throw new IllegalStateException(
          "the key answered " + values.size() + " signatures for " + documents.size() + " digests");
    }
    List<byte[]> signatures = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      DSSDocument signed = service.signDocument(documents.get(i), parameters, values.get(i));
      signatures.add(DSSUtils.toByteArray(signed));
    }
    return signatures;
  }

  /** The document a signature covers: the canonical form of the JSON text. */
  static DSSDocument canonicalDocument(String json) {
    return new InMemoryDocument(CanonicalJson.of(json), "document.json", MimeTypeEnum.JSON);
  }

  private JAdESSignatureParameters parameters(SigningKey key, Level level) {
    JAdESSignatureParameters parameters = new JAdESSignatureParameters();
    parameters.setSignatureLevel(level.dss);
    parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
    parameters.setSigDMechanism(SigDMechanism.NO_SIG_D);
    parameters.setJwsSerializationType(JWSSerializationType.FLATTENED_JSON_SERIALIZATION);
    parameters.setDigestAlgorithm(DIGEST);
    parameters.setSigningCertificate(key.certificate());
    parameters.setCertificateChain(key.chain());
    // one signing time for the batch: every signature of it claims the moment it was confirmed
    parameters.bLevel().setSigningDate(Date.from(clock.instant()));
    return parameters;
  }
}
