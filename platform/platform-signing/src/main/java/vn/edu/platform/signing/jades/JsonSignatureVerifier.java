package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.jades.DSSJsonUtils;
import eu.europa.esig.dss.jades.JAdESHeaderParameterNames;
import eu.europa.esig.dss.jades.JWSJsonSerializationObject;
import eu.europa.esig.dss.jades.JWSJsonSerializationParser;
import eu.europa.esig.dss.jades.validation.JWS;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DigestDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.platform.signing.canonical.CanonicalJson;
import vn.edu.platform.signing.verification.OfflineValidation;
import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Verifies a detached JAdES signature of a JSON document, offline, against configured trust anchors
 * ({@link OfflineValidation}): the document is canonicalised (RFC 8785) as it was when signed, so a
 * record re-serialised by a database or a client still verifies.
 */
public final class JsonSignatureVerifier {

  /**
   * The reason when the document's name is not among those a batch signature lists: the signature
   * may be sound, but it says nothing of this document.
   */
  public static final String DOCUMENT_NOT_COVERED = "DOCUMENT_NOT_COVERED";

  private final OfflineValidation validation;

  /** The verifier the services use: a signature time-stamp is required (baseline-T and above). */
  public JsonSignatureVerifier(List<X509Certificate> trustAnchors) {
    this(new OfflineValidation(trustAnchors));
  }

  private JsonSignatureVerifier(OfflineValidation validation) {
    this.validation = validation;
  }

  /** A verifier that also accepts baseline-B, for tests of the format only. */
  public static JsonSignatureVerifier acceptingBaselineB(List<X509Certificate> trustAnchors) {
    return new JsonSignatureVerifier(OfflineValidation.acceptingBaselineB(trustAnchors));
  }

  /** The report on {@code signature} as a signature of the JSON text {@code json}. */
  public VerificationReport verify(byte[] signature, String json) {
    return validation.verify(
        new InMemoryDocument(signature, "signature.json"),
        List.of(JsonSigner.canonicalDocument(json)));
  }

  /**
   * The report on a batch signature ({@link JsonSigner#signBatch}) as a signature of the JSON text
   * {@code json} named {@code name} in the batch. Only this document is needed: the other documents
   * of the batch are presented to DSS by the digests the signed header itself lists, which the
   * signature value covers, so the verdict is about this document and the signature as a whole,
   * never about documents the verifier does not have.
   */
  public VerificationReport verifyInBatch(byte[] signature, String name, String json) {
    // the JVM-wide lock of OfflineValidation, over the header's parsing too: two verifications at
    // once, even by two verifiers, answered SIGNED_DATA_NOT_FOUND for a sound signature now and
    // then while one parsed and the other validated (BatchSignaturesTests)
    synchronized (OfflineValidation.class) {
      return verifyOneOfBatch(signature, name, json);
    }
  }

  private VerificationReport verifyOneOfBatch(byte[] signature, String name, String json) {
    InMemoryDocument signatureDocument = new InMemoryDocument(signature, "signature.json");
    Map<?, ?> sigD;
    try {
      sigD = signedDocumentsHeader(signatureDocument);
    } catch (RuntimeException e) {
      // DSS's parser refuses what is no JWS; the validation below says so in the usual report
      return validation.verify(signatureDocument, List.of());
    }
    if (sigD == null) {
      return verify(signature, json);
    }
    List<String> names =
        DSSJsonUtils.toListOfStrings(DSSJsonUtils.getAsList(sigD, JAdESHeaderParameterNames.PARS));
    List<String> digests =
        DSSJsonUtils.toListOfStrings(
            DSSJsonUtils.getAsList(sigD, JAdESHeaderParameterNames.HASH_V));
    if (!names.contains(name)) {
      return VerificationReport.invalid(
          DOCUMENT_NOT_COVERED, "the signature lists no document named " + name);
    }
    DigestAlgorithm algorithm =
        DigestAlgorithm.forJAdES(DSSJsonUtils.getAsString(sigD, JAdESHeaderParameterNames.HASH_M));
    List<DSSDocument> contents = new ArrayList<>(names.size());
    contents.add(new InMemoryDocument(CanonicalJson.of(json), name, MimeTypeEnum.JSON));
    for (int i = 0; i < names.size() && i < digests.size(); i++) {
      if (!names.get(i).equals(name)) {
        contents.add(
            // the media type given, or DSS guesses it from the name against every type it knows
            new DigestDocument(
                algorithm,
                DSSJsonUtils.fromBase64Url(digests.get(i)),
                names.get(i),
                MimeTypeEnum.JSON));
      }
    }
    return validation.verify(signatureDocument, contents);
  }

  /** The signed header {@code sigD} of the first signature, or null when it has none. */
  private static Map<?, ?> signedDocumentsHeader(DSSDocument signature) {
    JWSJsonSerializationObject parsed = new JWSJsonSerializationParser(signature).parse();
    if (parsed == null || parsed.getSignatures().isEmpty()) {
      throw new IllegalArgumentException("not a JWS in JSON serialisation");
    }
    JWS jws = parsed.getSignatures().getFirst();
    Map<?, ?> sigD = jws.getProtectedHeaderValueAsMap(JAdESHeaderParameterNames.SIG_D);
    return sigD == null || sigD.isEmpty() ? null : sigD;
  }
}
