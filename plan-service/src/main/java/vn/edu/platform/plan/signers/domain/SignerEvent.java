package vn.edu.platform.plan.signers.domain;

/**
 * What happened in the register, as its aggregates raise it. The application turns each event into
 * its audit entry and, for certificates and delegations, its public event.
 */
public sealed interface SignerEvent {

  /** The department asked for a certificate to be issued or renewed. */
  record CertificateRequested(CertificateRequest request) implements SignerEvent {}

  /** A request was fulfilled by the registration of its certificate. */
  record CertificateRequestFulfilled(CertificateRequest request) implements SignerEvent {}

  /** The department withdrew a request. */
  record CertificateRequestWithdrawn(CertificateRequest request) implements SignerEvent {}

  /** An issued certificate was registered for a unit and a role. */
  record CertificateRegistered(SignerCertificate certificate) implements SignerEvent {}

  /** A registered certificate was revoked by decision. */
  record CertificateRevoked(SignerCertificate certificate) implements SignerEvent {}

  /** A delegation to sign on behalf of a role was granted. */
  record DelegationGranted(Delegation delegation) implements SignerEvent {}

  /** A delegation was ended before its term. */
  record DelegationEnded(Delegation delegation) implements SignerEvent {}
}
