package vn.edu.platform.signing.jades;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import eu.europa.esig.dss.spi.DSSUtils;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import vn.edu.platform.signing.canonical.CanonicalJson;
import vn.edu.platform.signing.verification.OfflineValidation;
import vn.edu.platform.signing.verification.VerificationReport;

/**
 * Verifies a detached JAdES signature of a JSON document, offline, against configured trust anchors
 * ({@link OfflineValidation}): the document is canonicalised (RFC 8785) as it was when signed, so a
 * record re-serialised by a database or a client still verifies.
 *
 * <p>A verifier {@link #rememberingValidGroups remembering} the group signatures it found valid
 * answers for the other documents of a group without running DSS again: DSS's verdict on a group
 * signature (its value over the signed header, the chain, the time-stamp, the revocation data it
 * carries) depends only on the signature's bytes, the trust anchors and, slowly, the time; what
 * depends on the document is whether its canonical form has the digest the signed header lists, and
 * that is checked on every call.
 */
public final class JsonSignatureVerifier {

  /**
   * The reason when the document's name is not among those a batch signature lists: the signature
   * may be sound, but it says nothing of this document.
   */
  public static final String DOCUMENT_NOT_COVERED = "DOCUMENT_NOT_COVERED";

  private final OfflineValidation validation;
  // the group signatures DSS found valid, by the SHA-256 of their bytes; null: remember none
  private final Cache<String, ValidGroup> validGroups;
  private final LongAdder validations = new LongAdder();
  private final LongAdder remembered = new LongAdder();

  /** The verifier the services use: a signature time-stamp is required (baseline-T and above). */
  public JsonSignatureVerifier(List<X509Certificate> trustAnchors) {
    this(new OfflineValidation(trustAnchors), null);
  }

  private JsonSignatureVerifier(OfflineValidation validation, Cache<String, ValidGroup> groups) {
    this.validation = validation;
    this.validGroups = groups;
  }

  /**
   * This verifier's validation, remembering up to {@code groups} group signatures DSS found valid,
   * each for {@code forHowLong} after its validation. A later {@link #verifyInBatch} of any
   * document of such a group, with the same signature bytes, answers the remembered report when the
   * document's canonical digest is the one the signed header lists (a changed document, or a
   * signature changed by a single byte, is validated by DSS again and reported as DSS reports it).
   * The time bounds how long a verdict is reused while the time it is judged at moves on (a
   * certificate expiring, a time-stamp ageing); a verifier lives no longer than its anchors.
   */
  public JsonSignatureVerifier rememberingValidGroups(int groups, Duration forHowLong) {
    if (groups < 1 || forHowLong.isNegative() || forHowLong.isZero()) {
      throw new IllegalArgumentException("a memory of at least one group, for some time");
    }
    return new JsonSignatureVerifier(
        validation, Caffeine.newBuilder().maximumSize(groups).expireAfterWrite(forHowLong).build());
  }

  /** How many verifications ran DSS's validation. */
  public long validations() {
    return validations.sum();
  }

  /** How many verifications answered a remembered group's report (no DSS validation). */
  public long rememberedAnswers() {
    return remembered.sum();
  }

  /** A verifier that also accepts baseline-B, for tests of the format only. */
  public static JsonSignatureVerifier acceptingBaselineB(List<X509Certificate> trustAnchors) {
    return new JsonSignatureVerifier(OfflineValidation.acceptingBaselineB(trustAnchors), null);
  }

  /** The report on {@code signature} as a signature of the JSON text {@code json}. */
  public VerificationReport verify(byte[] signature, String json) {
    validations.increment();
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
    String key = validGroups == null ? null : sha256Hex(signature);
    if (key != null) {
      ValidGroup group = validGroups.getIfPresent(key);
      if (group != null) {
        byte[] listed = group.header().digests().get(name);
        if (listed == null) {
          return notCovered(name);
        }
        if (MessageDigest.isEqual(
            listed, DSSUtils.digest(group.header().algorithm(), CanonicalJson.of(json)))) {
          remembered.increment();
          return group.report();
        }
        // a changed document: DSS's report below says how, as it would without the memory
      }
    }
    // the JVM-wide lock of OfflineValidation, over the header's parsing too: two verifications at
    // once, even by two verifiers, answered SIGNED_DATA_NOT_FOUND for a sound signature now and
    // then while one parsed and the other validated (BatchSignaturesTests)
    Outcome outcome;
    synchronized (OfflineValidation.class) {
      outcome = verifyOneOfBatch(signature, name, json);
    }
    if (key != null
        && outcome.header() != null
        && outcome.report().verdict() == VerificationReport.Verdict.VALID) {
      validGroups.put(key, new ValidGroup(outcome.report(), outcome.header()));
    }
    return outcome.report();
  }

  /** A report, and the signed header's documents when the signature was a group's. */
  private record Outcome(VerificationReport report, GroupHeader header) {}

  /** The documents a group signature's header lists: names and digests, with their algorithm. */
  private record GroupHeader(DigestAlgorithm algorithm, Map<String, byte[]> digests) {}

  /** A group signature DSS found valid: its report, and the documents it covers. */
  private record ValidGroup(VerificationReport report, GroupHeader header) {}

  private Outcome verifyOneOfBatch(byte[] signature, String name, String json) {
    InMemoryDocument signatureDocument = new InMemoryDocument(signature, "signature.json");
    Map<?, ?> sigD;
    try {
      sigD = signedDocumentsHeader(signatureDocument);
    } catch (RuntimeException e) {
      // DSS's parser refuses what is no JWS; the validation below says so in the usual report
      validations.increment();
      return new Outcome(validation.verify(signatureDocument, List.of()), null);
    }
    if (sigD == null) {
      return new Outcome(verify(signature, json), null);
    }
    List<String> names =
        DSSJsonUtils.toListOfStrings(DSSJsonUtils.getAsList(sigD, JAdESHeaderParameterNames.PARS));
    List<String> digests =
        DSSJsonUtils.toListOfStrings(
            DSSJsonUtils.getAsList(sigD, JAdESHeaderParameterNames.HASH_V));
    if (!names.contains(name)) {
      return new Outcome(notCovered(name), null);
    }
    DigestAlgorithm algorithm =
        DigestAlgorithm.forJAdES(DSSJsonUtils.getAsString(sigD, JAdESHeaderParameterNames.HASH_M));
    List<DSSDocument> contents = new ArrayList<>(names.size());
    contents.add(new InMemoryDocument(CanonicalJson.of(json), name, MimeTypeEnum.JSON));
    Map<String, byte[]> listed = new LinkedHashMap<>();
    for (int i = 0; i < names.size() && i < digests.size(); i++) {
      listed.put(names.get(i), DSSJsonUtils.fromBase64Url(digests.get(i)));
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
    validations.increment();
    VerificationReport report = validation.verify(signatureDocument, contents);
    // a header listing a name twice, or fewer digests than names, is DSS's to judge, never
    // memorised
    boolean wellFormed = listed.size() == names.size() && names.size() == digests.size();
    return new Outcome(report, wellFormed ? new GroupHeader(algorithm, Map.copyOf(listed)) : null);
  }

  private static VerificationReport notCovered(String name) {
    return VerificationReport.invalid(
        DOCUMENT_NOT_COVERED, "the signature lists no document named " + name);
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(DSSUtils.digest(DigestAlgorithm.SHA256, bytes));
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
