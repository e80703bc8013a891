package vn.edu.platform.signing.register;

/**
 * Why a certificate may not sign, with a stable code: the code is what an API answers (the
 * problem's {@code code}) and what a signing service logs, in every service the same.
 */
public enum RefusalReason {
  /** No certificate with this fingerprint is in the register. */
  CERTIFICATE_NOT_REGISTERED("certificate-not-registered"),
  /** The certificate is registered, but for another unit or another role. */
  CERTIFICATE_NOT_REGISTERED_FOR_UNIT("certificate-not-registered-for-unit"),
  /** The instant is before the certificate's validity begins. */
  CERTIFICATE_NOT_YET_VALID("certificate-not-yet-valid"),
  /** The instant is after the certificate's validity ended. */
  CERTIFICATE_EXPIRED("certificate-expired"),
  /** The certificate was revoked at or before the instant. */
  CERTIFICATE_REVOKED("certificate-revoked"),
  /** No delegation hands the role signed on behalf of to the certificate's holder. */
  DELEGATION_MISSING("delegation-missing"),
  /** The holder has such a delegation, but none that covers the day of the instant. */
  DELEGATION_NOT_COVERING_DATE("delegation-not-covering-date");

  private final String code;

  RefusalReason(String code) {
    this.code = code;
  }

  /** The stable kebab-case code, e.g. {@code certificate-revoked}. */
  public String code() {
    return code;
  }
}
