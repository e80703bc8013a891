package vn.edu.platform.signing.register;

/**
 * Where a registered certificate stands in the register. Expiry is not a status: it follows from
 * the certificate's own validity and the instant asked about.
 */
public enum CertificateStatus {
  /** Registered and not revoked. */
  ACTIVE,
  /** Revoked by a decision, from its effective instant on. */
  REVOKED
}
