package vn.edu.platform.signing.signer;

import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;

/**
 * Where a signer's private key is, behind one port: the platform's own PKCS#12 keys (development,
 * tests, the demo) or a licensed CA's remote signing service. Both sign digests, in batches: the
 * remote contract (Cloud Signature Consortium API v2) authorises a batch of hashes with one
 * confirmation, so a teacher confirms once to sign a class.
 */
public interface SigningKey {

  /** The signer's certificate. */
  CertificateToken certificate();

  /**
   * The signer's certificate first, then its issuers up to (not necessarily including) the root.
   */
  List<CertificateToken> chain();

  /** One signature value per digest, in the same order. */
  List<SignatureValue> signDigests(List<Digest> digests);
}
