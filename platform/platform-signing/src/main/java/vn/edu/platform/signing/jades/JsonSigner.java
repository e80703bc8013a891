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
import eu.europa.esig.dss.model.DigestDocument;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  // the TSA behind a source asked ahead for a batch's time-stamps; null without a TSA
  private final TimestampsAhead timestampsAhead;

  /** A signer of baseline-B only: no time-stamp authority, no validation data. */
  public JsonSigner(Clock clock) {
    this.service = new JAdESService(new CommonCertificateVerifier());
    this.clock = clock;
    this.timestamps = false;
    this.timestampsAhead = null;
  }

  /**
   * A signer of every level: {@code timestampAuthority} answers the signature time-stamps, {@code
   * validationData} finds the chain's certificates and their CRL or OCSP answers and knows the
   * trust anchors.
   */
  public JsonSigner(Clock clock, TSPSource timestampAuthority, CertificateVerifier validationData) {
    this.service = new JAdESService(validationData);
    this.timestampsAhead = new TimestampsAhead(timestampAuthority);
    this.service.setTspSource(timestampsAhead);
    this.clock = clock;
    this.timestamps = true;
  }

  /**
   * A JSON document with the name it has in a batch signature: a URI the service chooses, unique in
   * the batch, by which a verifier finds the document's digest in the signature (e.g. {@code
   * urn:edu:hoc-ba:3110020001:2025-2026:v1}).
   */
  public record NamedJson(String name, String json) {
    public NamedJson {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a document in a batch needs a name");
      }
      if (json == null) {
        throw new IllegalArgumentException("a document in a batch needs its JSON text");
      }
    }
  }

  /**
   * The most documents one batch signature lists. DSS validates a signature's references through a
   * recursive chain of checks, one link per reference, so a signature listing thousands overflows a
   * thread's stack (2,000 did on a 1 MB stack), and every reference costs each verification of
   * every document of the group: with 20, one document of a group verifies within 10 ms (with 50 it
   * took 13 ms), and a class of 45 pupils is three signatures under one confirmation
   * (bench/results/signing.md).
   */
  public static final int MAX_DOCUMENTS_PER_SIGNATURE = 20;

  /**
   * Batch signatures at {@code level}: the documents, in groups of at most {@link
   * #MAX_DOCUMENTS_PER_SIGNATURE}, each group under one detached JAdES signature whose signed
   * header lists each document's name and the SHA-256 digest of its canonical form ({@code sigD}
   * with the ObjectIdByURIHash mechanism, ETSI TS 119 182-1 5.2.8). The key is asked once for the
   * whole batch (one digest per group: one confirmation of the signer), the time-stamp authority
   * once per group, and each document still verifies on its own ({@link
   * JsonSignatureVerifier#verifyInBatch}). The payload is not base64url-encoded (RFC 7797), so a
   * digest in the header is simply the SHA-256 of the document's canonical bytes.
   */
  public SignedBatch signBatch(List<NamedJson> documents, SigningKey key, Level level) {
    requireTimestampsFor(level);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one document");
    }
    Set<String> names = new HashSet<>();
    for (NamedJson document : documents) {
      if (!names.add(document.name())) {
        throw new IllegalArgumentException(
            "two documents of the batch are named " + document.name());
      }
    }
    JAdESSignatureParameters parameters = parameters(key, level);
    parameters.setSigDMechanism(SigDMechanism.OBJECT_ID_BY_URI_HASH);
    parameters.setBase64UrlEncodedPayload(false);
    parameters.setReferenceDigestAlgorithm(DIGEST);
    List<List<NamedJson>> groups = new ArrayList<>();
    List<List<DSSDocument>> digestGroups = new ArrayList<>();
    List<Digest> toSign = new ArrayList<>();
    for (int from = 0; from < documents.size(); from += MAX_DOCUMENTS_PER_SIGNATURE) {
      List<NamedJson> group =
          documents.subList(from, Math.min(documents.size(), from + MAX_DOCUMENTS_PER_SIGNATURE));
      // only the digests are signed: the documents need not stay in memory for the extension
      List<DSSDocument> digests = new ArrayList<>(group.size());
      for (NamedJson document : group) {
        digests.add(digestDocument(document.name(), CanonicalJson.of(document.json())));
      }
      ToBeSigned toBeSigned = service.getDataToSign(digests, parameters);
      groups.add(group);
      digestGroups.add(digests);
      toSign.add(new Digest(DIGEST, DSSUtils.digest(DIGEST, toBeSigned.getBytes())));
    }
    List<SignatureValue> values = key.signDigests(toSign);
    if (values.size() != toSign.size()) {
      throw new IllegalStateException(
          "the key answered " + values.size() + " signatures for " + toSign.size() + " digests");
    }
    // the groups' time-stamps are asked for together now, not one round trip per group below
    List<String> asked =
        level == Level.BASELINE_B
            ? List.of()
            : timestampsAhead.requestFor(
                values.stream().map(SignatureValue::getValue).toList(),
                parameters.getSignatureTimestampParameters().getDigestAlgorithm());
    try {
      List<SignedBatch.Part> parts = new ArrayList<>(groups.size());
      for (int i = 0; i < groups.size(); i++) {
        DSSDocument signed = service.signDocument(digestGroups.get(i), parameters, values.get(i));
        parts.add(
            new SignedBatch.Part(
                groups.get(i).stream().map(NamedJson::name).toList(),
                DSSUtils.toByteArray(signed)));
      }
      return new SignedBatch(parts);
    } finally {
      if (!asked.isEmpty()) {
        timestampsAhead.forget(asked);
      }
    }
  }

  /** A document known by the SHA-256 digest of its canonical bytes, under its batch name. */
  static DigestDocument digestDocument(String name, byte[] canonical) {
    return new DigestDocument(DIGEST, DSSUtils.digest(DIGEST, canonical), name, MimeTypeEnum.JSON);
  }

  private void requireTimestampsFor(Level level) {
    if (level != Level.BASELINE_B && !timestamps) {
      throw new IllegalStateException(level + " needs a time-stamp authority and validation data");
    }
  }

  /**
   * One detached JAdES signature per JSON text at {@code level}, in order, made with {@code key}:
   * each signature stands alone, with its own time-stamp and validation data. For a batch, {@link
   * #signBatch} is the faster form with the same guarantees per document.
   */
  public List<byte[]> sign(List<String> jsonDocuments, SigningKey key, Level level) {
    requireTimestampsFor(level);
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
