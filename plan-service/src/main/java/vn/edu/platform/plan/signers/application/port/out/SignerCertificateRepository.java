package vn.edu.platform.plan.signers.application.port.out;

import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.signers.domain.SignerCertificate;

/**
 * Where registered certificates live; a certificate is unique by fingerprint and by issuer+serial.
 */
public interface SignerCertificateRepository {

  Optional<SignerCertificate> find(UUID certificateId);

  /** The certificate, locked until the transaction ends. */
  Optional<SignerCertificate> lock(UUID certificateId);

  /** The registration of the certificate with this fingerprint, or of this issuer and serial. */
  Optional<UUID> findSame(String fingerprint, String issuerDn, String serialNumber);

  Optional<SignerCertificate> findByFingerprint(String fingerprint);

  /**
   * @return false when the certificate is registered already (a concurrent registration)
   */
  boolean insert(SignerCertificate certificate);

  /** Stores a revocation and the new revision. */
  void update(SignerCertificate certificate);
}
