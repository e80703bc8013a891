package vn.edu.platform.signing.signer;

import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A key held by the platform in a PKCS#12 store (development, tests, the demo), through DSS's
 * token. Never for production signatures with legal weight: those keys stay with a licensed CA.
 */
public final class LocalSigningKey implements SigningKey, AutoCloseable {

  private final Pkcs12SignatureToken token;
  private final DSSPrivateKeyEntry key;

  private LocalSigningKey(Pkcs12SignatureToken token, DSSPrivateKeyEntry key) {
    this.token = token;
    this.key = key;
  }

  /** The entry {@code alias} of a PKCS#12 store. */
  public static LocalSigningKey fromPkcs12(byte[] pkcs12, char[] password, String alias) {
    Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(pkcs12, new KeyStore.PasswordProtection(password.clone()));
    DSSPrivateKeyEntry key = token.getKey(alias);
    if (key == null) {
      token.close();
      throw new IllegalArgumentException("no key entry " + alias + " in the PKCS#12 store");
    }
    return new LocalSigningKey(token, key);
  }

  @Override
  public CertificateToken certificate() {
    return key.getCertificate();
  }

  @Override
  public List<CertificateToken> chain() {
    return Arrays.asList(key.getCertificateChain());
  }

  @Override
  public List<SignatureValue> signDigests(List<Digest> digests) {
    return digests.stream().map(d -> token.signDigest(Objects.requireNonNull(d), key)).toList();
  }

  @Override
  public void close() {
    token.close();
  }
}
