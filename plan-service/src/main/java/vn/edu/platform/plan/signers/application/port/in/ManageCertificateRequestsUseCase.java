package vn.edu.platform.plan.signers.application.port.in;

import vn.edu.platform.plan.signers.domain.CertificateRequest;

/** The department's requests for signing certificates: opened, and withdrawn while open. */
public interface ManageCertificateRequestsUseCase {

  /** Opens a request; the unit must exist today and the role fit it. Audited. */
  CertificateRequest request(SignerCommands.RequestCertificate command);

  /** Withdraws an open request (409 {@code certificate-request-not-open} otherwise). Audited. */
  CertificateRequest withdraw(SignerCommands.WithdrawRequest command);
}
