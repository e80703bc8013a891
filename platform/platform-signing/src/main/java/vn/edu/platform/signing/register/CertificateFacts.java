package vn.edu.platform.signing.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * What the register reads from a certificate the department uploads, with the JDK's X.509 parser
 * ({@code java.security.cert}): its serial number, issuer, SHA-256 fingerprint and validity, and
 * whether it is a certificate to sign with (not a CA's, and its key usage allows digital signature
 * or non-repudiation). The fingerprint is computed the same way here and in every replica, so a
 * signing service finds the certificate its signer presents.
 *
 * @param serialNumber lower-case hexadecimal
 * @param issuerDn the issuer's distinguished name, RFC 2253
 * @param fingerprint SHA-256 of the DER encoding, lower-case hexadecimal
 * @param notBefore first instant of validity
 * @param notAfter last instant of validity
 * @param forSigning whether it is an end-entity certificate whose key may sign
 */
public record CertificateFacts(
    String serialNumber,
    String issuerDn,
    String fingerprint,
    Instant notBefore,
    Instant notAfter,
    boolean forSigning) {

  /** Longer texts are refused before parsing: a signer's certificate is a few kilobytes. */
  public static final int MAX_TEXT_LENGTH = 20_000;

  private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final int DIGITAL_SIGNATURE = 0;
  private static final int NON_REPUDIATION = 1;

  /** A text that is not exactly one X.509 certificate. */
  public static final class UnreadableCertificateException extends IllegalArgumentException {
    UnreadableCertificateException(String message) {
      super(message);
    }

    UnreadableCertificateException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads one certificate given as PEM ({@code -----BEGIN CERTIFICATE-----}) or as the base64 of
   * its DER encoding (line breaks allowed).
   *
   * @throws UnreadableCertificateException when the text is empty, too long, not base64, not an
   *     X.509 certificate, or more than one certificate
   */
  public static CertificateFacts read(String text) {
    if (text == null || text.isBlank()) {
      throw new UnreadableCertificateException("No certificate given");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new UnreadableCertificateException(
          "A certificate is at most " + MAX_TEXT_LENGTH + " characters of PEM or base64");
    }
    byte[] bytes;
    String stripped = text.strip();
    if (stripped.startsWith(PEM_BEGIN)) {
      bytes = stripped.getBytes(StandardCharsets.US_ASCII);
    } else {
      try {
        bytes = Base64.getMimeDecoder().decode(stripped);
      } catch (IllegalArgumentException e) {
        throw new UnreadableCertificateException("Neither PEM nor base64", e);
      }
    }
    Collection<? extends Certificate> certificates;
    try {
      certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(bytes));
    } catch (CertificateException | RuntimeException e) {
      // the JDK's parser throws unchecked exceptions on some malformed DER as well
      throw new UnreadableCertificateException("Not an X.509 certificate", e);
    }
    if (certificates.size() != 1
        || !(certificates.iterator().next() instanceof X509Certificate certificate)) {
      throw new UnreadableCertificateException(
          "Exactly one X.509 certificate, found " + certificates.size());
    }
    return of(certificate);
  }

  /** The facts of a parsed certificate. */
  public static CertificateFacts of(X509Certificate certificate) {
    return new CertificateFacts(
        certificate.getSerialNumber().toString(16).toLowerCase(Locale.ROOT),
        certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
        fingerprintOf(certificate),
        certificate.getNotBefore().toInstant(),
        certificate.getNotAfter().toInstant(),
        isForSigning(certificate));
  }

  /** SHA-256 of the certificate's DER encoding, 64 lower-case hexadecimal digits. */
  public static String fingerprintOf(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    } catch (CertificateEncodingException e) {
      throw new UnreadableCertificateException("The certificate cannot be encoded", e);
    }
  }

  private static boolean isForSigning(X509Certificate certificate) {
    if (certificate.getBasicConstraints() != -1) {
      return false;
    }
    boolean[] usage = certificate.getKeyUsage();
    // RFC 5280 4.2.1.3: without the extension, the key is not restricted
    return usage == null
        || (usage.length > NON_REPUDIATION && (usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]))
        || (usage.length > DIGITAL_SIGNATURE && usage[DIGITAL_SIGNATURE]);
  }
}
