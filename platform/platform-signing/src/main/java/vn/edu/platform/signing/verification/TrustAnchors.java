package vn.edu.platform.signing.verification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The trust anchors of verification, as configuration: the certificates of a PEM file (one or more
 * {@code -----BEGIN CERTIFICATE-----} blocks). Vietnamese CAs are not on the EU trusted lists, so
 * nothing is trusted unless named here: in production the root CA of the national public digital
 * signature system, in development the local PKI's root ({@code
 * http://localhost:8190/pki/root.crt}, saved as PEM).
 */
public final class TrustAnchors {

  private TrustAnchors() {}

  /** The certificates of the PEM (or DER) file {@code file}; at least one, each a CA. */
  public static List<X509Certificate> fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("the trust anchors file " + file + " cannot be read", e);
    }
  }

  /** The certificates of a PEM text (one or more blocks). */
  public static List<X509Certificate> fromPem(String pem) {
    return read(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)), "PEM text");
  }

  private static List<X509Certificate> read(InputStream in, String source) {
    Collection<? extends Certificate> read;
    try {
      read = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (CertificateException e) {
      throw new IllegalArgumentException(source + " holds no readable certificate", e);
    }
    List<X509Certificate> anchors = new ArrayList<>();
    for (Certificate certificate : read) {
      X509Certificate x509 = (X509Certificate) certificate;
      if (x509.getBasicConstraints() < 0) {
        throw new IllegalArgumentException(
            source + " holds a certificate that is no CA: " + x509.getSubjectX500Principal());
      }
      anchors.add(x509);
    }
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no certificate");
    }
    return List.copyOf(anchors);
  }
}
