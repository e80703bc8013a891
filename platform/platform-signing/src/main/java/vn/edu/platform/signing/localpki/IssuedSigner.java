package vn.edu.platform.signing.localpki;

import java.security.cert.X509Certificate;
import vn.edu.platform.signing.signer.LocalSigningKey;

/**
 * A signer certificate of the development PKI and its key as a PKCS#12 store holding one entry,
 * {@link #ALIAS}, with its chain up to the root.
 *
 * @param certificate the signer's certificate
 * @param pkcs12 the store
 * @param password the store's and the entry's password
 */
public record IssuedSigner(X509Certificate certificate, byte[] pkcs12, char[] password) {

  public static final String ALIAS = "signer";

  /** The key of this store, ready to sign (close it when done). */
  public LocalSigningKey openKey() {
    return LocalSigningKey.fromPkcs12(pkcs12, password, ALIAS);
  }

  /** Development keys only: the demo's stores are not secrets. */
  static final char[] PASSWORD = "edu-local".toCharArray();
}
