package vn.edu.platform.signing.register;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signer's certificate as the register knows it (chứng thư số đã đăng ký): whose it is, for which
 * unit and role it signs, which certificate it is and how long it is valid, and whether it was
 * revoked. The register keeps these facts only, not the certificate itself: every signature carries
 * its certificate, and the register's question is who may sign, not what was signed.
 *
 * @param holderLogin the holder's login in the platform's realm: identifies the person across the
 *     services (a delegation names its delegate by it)
 * @param holderName the holder's full name, as the department registered it; null in a signing
 *     service's replica, which learns of certificates from events that name the holder by login
 *     only (the name is in the certificate every signature carries)
 * @param unitCode the unit the certificate signs for (a school, or the department)
 * @param role the capacity in which it signs
 * @param serialNumber the certificate's serial number, lower-case hexadecimal
 * @param issuerDn the issuing CA's distinguished name (RFC 2253)
 * @param fingerprint SHA-256 of the certificate's DER encoding, 64 lower-case hexadecimal digits:
 *     what a signing service looks the certificate up by
 * @param notBefore the first instant of the certificate's validity
 * @param notAfter the last instant of its validity (inclusive, as X.509 says)
 * @param status active or revoked
 * @param revocation the decision that revoked it; null exactly when active
 */
public record RegisteredCertificate(
    String holderLogin,
    String holderName,
    String unitCode,
    SignerRole role,
    String serialNumber,
    String issuerDn,
    String fingerprint,
    Instant notBefore,
    Instant notAfter,
    CertificateStatus status,
    Revocation revocation) {

  /** The shape of a SHA-256 fingerprint as the register writes it. */
  public static final Pattern FINGERPRINT = Pattern.compile("^[0-9a-f]{64}$");

  public RegisteredCertificate {
    holderLogin = Texts.required(holderLogin, "holderLogin");
    holderName = holderName == null ? null : Texts.required(holderName, "holderName");
    unitCode = Texts.required(unitCode, "unitCode");
    Objects.requireNonNull(role, "role");
    serialNumber = Texts.required(serialNumber, "serialNumber").toLowerCase(Locale.ROOT);
    issuerDn = Texts.required(issuerDn, "issuerDn");
    fingerprint = Texts.required(fingerprint, "fingerprint").toLowerCase(Locale.ROOT);
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("fingerprint is not 64 hexadecimal digits");
    }
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    if (notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter is before notBefore");
    }
    Objects.requireNonNull(status, "status");
    if ((status == CertificateStatus.REVOKED) != (revocation != null)) {
      throw new IllegalArgumentException("a revoked certificate, and only one, has a revocation");
    }
  }

  /** The same certificate revoked by {@code decision}. */
  public RegisteredCertificate revoked(Revocation decision) {
    Objects.requireNonNull(decision, "decision");
    return new RegisteredCertificate(
        holderLogin,
        holderName,
        unitCode,
        role,
        serialNumber,
        issuerDn,
        fingerprint,
        notBefore,
        notAfter,
        CertificateStatus.REVOKED,
        decision);
  }

  /** Whether {@code instant} lies within the certificate's validity, both ends included. */
  public boolean validAt(Instant instant) {
    return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
  }

  /** Whether a revocation is in force at {@code instant}. */
  public boolean revokedAt(Instant instant) {
    return revocation != null && revocation.inForceAt(instant);
  }
}
