package vn.edu.platform.plan.signers.application.port.in;

import vn.edu.platform.plan.signers.domain.SignerCertificate;

/** The register's certificates: registered by the department, revoked by decision. */
public interface ManageSignerCertificatesUseCase {

  /**
   * Registers an issued certificate (fulfilling its request when one is named), announces {@code
   * SignerCertificateRegistered}. The same certificate twice is refused with {@link
   * vn.edu.platform.kernel.AlreadyExists} {@code signer-certificate-exists}.
   */
  SignerCertificate register(SignerCommands.RegisterCertificate command);

  /** Revokes a certificate once, announces {@code SignerCertificateRevoked}. */
  SignerCertificate revoke(SignerCommands.RevokeCertificate command);
}
