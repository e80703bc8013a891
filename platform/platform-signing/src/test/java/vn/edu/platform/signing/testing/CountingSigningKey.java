package vn.edu.platform.signing.testing;

import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.edu.platform.signing.signer.SigningKey;

/**
 * A key that counts what it is asked: requests (each one confirmation by the signer, one CSC
 * authorisation) and digests. Tests of batches prove "one request for the batch" with it.
 */
public final class CountingSigningKey implements SigningKey {

  private final SigningKey key;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger digests = new AtomicInteger();

  public CountingSigningKey(SigningKey key) {
    this.key = key;
  }

  @Override
  public CertificateToken certificate() {
    return key.certificate();
  }

  @Override
  public List<CertificateToken> chain() {
    return key.chain();
  }

  @Override
  public List<SignatureValue> signDigests(List<Digest> toSign) {
    requests.incrementAndGet();
    digests.addAndGet(toSign.size());
    return key.signDigests(toSign);
  }

  public int requests() {
    return requests.get();
  }

  public int digests() {
    return digests.get();
  }
}
