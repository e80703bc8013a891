package vn.edu.platform.studentrecord.record.application.port.out;

import java.util.List;
import java.util.UUID;
import vn.edu.platform.signing.remote.OneTimeCodes;

/**
 * The signer's key at the CA (remote signing, Cloud Signature Consortium v2) and the JAdES
 * baseline-LT batch signatures made with it.
 */
public interface RecordSigner {

  /** A record's document to sign: its name in the batch and its canonical bytes. */
  record DocumentToSign(UUID recordId, String name, byte[] canonical) {}

  /** One signature of a group of documents, listing each by name and digest. */
  record SignedGroup(UUID groupId, byte[] signature, List<String> names) {}

  /** An open session on one signer's credential. */
  interface Session extends AutoCloseable {

    /** SHA-256 of the signing certificate, lower-case hexadecimal: the register's key. */
    String certificateFingerprint();

    /** Signs every document under one confirmation (the code is asked through the codes given). */
    List<SignedGroup> sign(List<DocumentToSign> documents);

    @Override
    void close();
  }

  /**
   * Opens the signer's credential; refused with {@code signer-credential-missing} when the service
   * holds no access to the CA for this login.
   */
  Session open(String signerLogin, OneTimeCodes codes);
}
