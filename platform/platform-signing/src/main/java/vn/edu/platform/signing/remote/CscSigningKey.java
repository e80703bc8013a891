package vn.edu.platform.signing.remote;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.token.digest.DigestInfoEncoder;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.signing.remote.RemoteSigningRefused.Reason;
import vn.edu.platform.signing.signer.SigningKey;

/**
 * A signer's key held by a licensed CA, used through its remote signing service (Cloud Signature
 * Consortium API v2): the production adapter of {@link SigningKey}.
 *
 * <p>Opening reads the credential once ({@code credentials/list}, then {@code credentials/info}
 * with the certificate chain, the multisign limit and the authorisation objects). Each {@link
 * #signDigests batch} is then exactly one confirmation by the person: one {@code
 * credentials/sendOTP}, one code asked through {@link OneTimeCodes}, one {@code
 * credentials/authorize} of all the batch's hashes (the SAD is bound to them), one {@code
 * signatures/signHash}. A batch above the credential's multisign limit is refused before any call.
 * Every returned signature is verified with the certificate's public key against its hash before it
 * is handed to the signature format: a faulty or hostile service cannot slip a signature of
 * something else into a record.
 *
 * <p>Only RSA with SHA-256 (what Vietnamese CAs issue and {@code JsonSigner} asks for) and
 * credentials authorised by a one-time code ({@code auth/mode} explicit) are used. The adapter logs
 * nothing; its exceptions ({@link RemoteSigningRefused}) never carry the code, the SAD or the
 * hashes. Thread-safe, but a CA keeps one pending code per credential (a new sendOTP replaces it):
 * the batches of one credential are to be confirmed one at a time.
 */
public final class CscSigningKey implements SigningKey, AutoCloseable {

  /** The authentication object a one-time code answers when the credential names none. */
  private static final String DEFAULT_OTP_ID = "OTP";

  private final CscClient client;
  private final RemoteCredential credential;
  private final String otpId;
  private final OneTimeCodes oneTimeCodes;

  private CscSigningKey(
      CscClient client, RemoteCredential credential, String otpId, OneTimeCodes oneTimeCodes) {
    this.client = client;
    this.credential = credential;
    this.otpId = otpId;
    this.oneTimeCodes = oneTimeCodes;
  }

  /**
   * The credential {@code configuration} names (or the token owner's only one), read from the
   * service; {@code oneTimeCodes} will be asked for the code of each batch.
   *
   * @throws RemoteSigningRefused if the service is unreachable or refuses, the credential is
   *     unknown, disabled or not usable with a one-time code and RSA-SHA256
   */
  public static CscSigningKey open(CscConfiguration configuration, OneTimeCodes oneTimeCodes) {
    Objects.requireNonNull(oneTimeCodes, "oneTimeCodes");
    CscClient client = new CscClient(configuration);
    try {
      String credentialId = choose(configuration.credentialId(), client.listCredentials());
      JsonNode info = client.credentialInfo(credentialId);
      requireUsableKey(info.path("key"));
      List<CertificateToken> chain = certificates(info.path("cert"));
      JsonNode otpObject = otpObject(info.path("auth"));
      RemoteCredential credential =
          new RemoteCredential(
              credentialId, chain.getFirst(), chain, multisign(info), prompt(otpObject));
      String otpId = otpObject == null ? DEFAULT_OTP_ID : otpObject.path("id").stringValue();
      return new CscSigningKey(client, credential, otpId, oneTimeCodes);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** The credential as the service described it when the key was opened. */
  public RemoteCredential credential() {
    return credential;
  }

  @Override
  public CertificateToken certificate() {
    return credential.certificate();
  }

  @Override
  public List<CertificateToken> chain() {
    return credential.chain();
  }

  /**
   * One signature per digest (SHA-256), in order, after one confirmation by the person for the
   * whole batch.
   *
   * @throws RemoteSigningRefused if the batch exceeds the multisign limit (before any call), the
   *     person declines or types a wrong code, the service refuses or fails, or an answer does not
   *     hold one valid signature per digest
   */
  @Override
  public List<SignatureValue> signDigests(List<Digest> digests) {
    Objects.requireNonNull(digests, "digests");
    if (digests.isEmpty()) {
      return List.of();
    }
    if (digests.size() > credential.multisign()) {
      throw new RemoteSigningRefused(
          Reason.TOO_MANY_HASHES,
          digests.size()
              + " documents in one batch, but one authorisation of credential "
              + credential.id()
              + " covers at most "
              + credential.multisign());
    }
    List<byte[]> hashes = new ArrayList<>(digests.size());
    for (Digest digest : digests) {
      Objects.requireNonNull(digest, "digest");
      if (digest.getAlgorithm() != DigestAlgorithm.SHA256) {
        throw new IllegalArgumentException(
            "the remote key signs SHA-256 digests, not " + digest.getAlgorithm());
      }
      hashes.add(digest.getValue().clone());
    }

    client.sendOtp(credential.id());
    String otp = oneTimeCodes.codeFor(credential, hashes.size());
    if (otp == null || otp.isBlank()) {
      throw new RemoteSigningRefused(Reason.CANCELLED, "no one-time code was given");
    }
    String sad =
        client.authorize(
            credential.id(), hashes, otpId, otp.strip(), "Ký số " + hashes.size() + " văn bản");
    List<byte[]> signatures = client.signHash(credential.id(), sad, hashes);

    if (signatures.size() != hashes.size()) {
      throw CscClient.malformed(
          "signatures/signHash answered "
              + signatures.size()
              + " signatures for "
              + hashes.size()
              + " hashes");
    }
    PublicKey publicKey = credential.certificate().getPublicKey();
    List<SignatureValue> values = new ArrayList<>(signatures.size());
    for (int i = 0; i < signatures.size(); i++) {
      if (!verifies(publicKey, hashes.get(i), signatures.get(i))) {
        throw new RemoteSigningRefused(
            Reason.SIGNATURE_INVALID,
            "signature "
                + (i + 1)
                + " of "
                + signatures.size()
                + " does not verify with the certificate of credential "
                + credential.id()
                + " against its hash");
      }
      values.add(new SignatureValue(SignatureAlgorithm.RSA_SHA256, signatures.get(i)));
    }
    return values;
  }

  @Override
  public void close() {
    client.close();
  }

  private static String choose(String configured, List<String> available) {
    if (configured != null) {
      if (!available.contains(configured)) {
        throw new RemoteSigningRefused(
            Reason.CREDENTIAL_UNKNOWN,
            "credential " + configured + " is not among the access token owner's credentials");
      }
      return configured;
    }
    if (available.size() != 1) {
      throw new RemoteSigningRefused(
          Reason.CREDENTIAL_UNKNOWN,
          "the access token owner has "
              + available.size()
              + " credentials: configure which one signs");
    }
    return available.getFirst();
  }

  private static void requireUsableKey(JsonNode key) {
    if (!key.isObject()) {
      throw CscClient.malformed("credentials/info answered no key");
    }
    if ("disabled".equals(text(key, "status"))) {
      throw new RemoteSigningRefused(
          Reason.CREDENTIAL_DISABLED, "the credential's key is disabled");
    }
    boolean rsaSha256 = false;
    for (JsonNode algorithm : key.path("algo")) {
      rsaSha256 |= CscClient.RSA_SHA256_OID.equals(algorithm.stringValue(null));
    }
    if (!rsaSha256) {
      throw new RemoteSigningRefused(
          Reason.CREDENTIAL_UNSUPPORTED,
          "the credential's key does not sign with RSA-SHA256 (" + CscClient.RSA_SHA256_OID + ")");
    }
  }

  private static List<CertificateToken> certificates(JsonNode cert) {
    List<CertificateToken> chain = new ArrayList<>();
    for (JsonNode certificate : cert.path("certificates")) {
      String base64 = certificate.stringValue(null);
      if (base64 == null) {
        throw CscClient.malformed("credentials/info answered a certificate that is not a string");
      }
      try {
        chain.add(DSSUtils.loadCertificateFromBase64EncodedString(base64));
      } catch (DSSException | IllegalArgumentException e) {
        throw CscClient.malformed("credentials/info answered a certificate that is not X.509");
      }
    }
    if (chain.isEmpty()) {
      throw CscClient.malformed("credentials/info answered no certificate");
    }
    return chain;
  }

  /**
   * The authentication object the one-time code answers, or {@code null} when the credential lists
   * none (the code is then sent as {@value #DEFAULT_OTP_ID}). A credential that needs more than the
   * code (a PIN and a code, say) cannot be used: the platform never holds a signer's PIN.
   */
  private static JsonNode otpObject(JsonNode auth) {
    String mode = text(auth, "mode");
    if (!"explicit".equals(mode)) {
      throw new RemoteSigningRefused(
          Reason.CREDENTIAL_UNSUPPORTED,
          "the credential is authorised in mode "
              + mode
              + "; this adapter authorises with a one-time code (explicit)");
    }
    JsonNode objects = auth.path("objects");
    if (!objects.isArray() || objects.isEmpty()) {
      return null;
    }
    JsonNode otp = null;
    for (JsonNode object : objects) {
      String id = text(object, "id");
      if (objects.size() == 1 || DEFAULT_OTP_ID.equalsIgnoreCase(id)) {
        otp = object;
      }
    }
    String expression = text(auth, "expression");
    boolean othersRequired =
        objects.size() > 1
            && (expression == null || expression.toUpperCase(Locale.ROOT).contains("AND"));
    if (otp == null || text(otp, "id") == null || othersRequired) {
      throw new RemoteSigningRefused(
          Reason.CREDENTIAL_UNSUPPORTED,
          "the credential asks for more than a one-time code (" + expression + ")");
    }
    return otp;
  }

  private static String prompt(JsonNode otpObject) {
    if (otpObject == null) {
      return "";
    }
    String description = text(otpObject, "description");
    String label = text(otpObject, "label");
    return description != null ? description : label != null ? label : "";
  }

  private static int multisign(JsonNode info) {
    JsonNode multisign = info.get("multisign");
    if (multisign == null) {
      return 1;
    }
    if (!multisign.isIntegralNumber() || !multisign.canConvertToInt() || multisign.intValue() < 1) {
      throw CscClient.malformed("credentials/info answered a multisign that is not a count");
    }
    return multisign.intValue();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  /** PKCS#1 v1.5: the signature of the DigestInfo of the SHA-256 hash. */
  private static boolean verifies(PublicKey publicKey, byte[] hash, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("NONEwithRSA");
      verifier.initVerify(publicKey);
      verifier.update(DigestInfoEncoder.encode(DigestAlgorithm.SHA256.getOid(), hash));
      return verifier.verify(signature);
    } catch (SignatureException e) {
      // not even an RSA signature of the key's size
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot verify RSA signatures", e);
    }
  }
}
