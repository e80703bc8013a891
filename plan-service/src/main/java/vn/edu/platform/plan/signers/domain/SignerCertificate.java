package vn.edu.platform.plan.signers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.CertificateFacts;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.Revocation;
import vn.edu.platform.signing.register.SignerRole;

/**
 * A signer's certificate in the register (chứng thư số người ký): registered once for a unit and a
 * role, revoked at most once by decision.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>Only a certificate to sign with is registered: an end-entity certificate whose key usage
 *       allows digital signature or non-repudiation, not a CA's ({@code
 *       certificate-not-for-signing}), and not one that has expired already ({@code
 *       certificate-expired}); one not valid yet is registered, it signs from its first day.
 *   <li>The role fits the unit: a school's roles for a school, the director's for the department
 *       ({@code role-not-for-unit}).
 *   <li>A revoked certificate stays revoked: a second revocation is refused ({@code
 *       signer-certificate-revoked}); the first decision is the one that counts.
 * </ul>
 *
 * @param facts what the register decides on (holder, unit, role, certificate, status)
 * @param requestId the certificate request the registration fulfilled, if any
 * @param registeredAt when it was registered
 * @param revokedAt when the revocation was recorded; null while active
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record SignerCertificate(
    UUID id,
    RegisteredCertificate facts,
    UUID requestId,
    Instant registeredAt,
    Instant revokedAt,
    long revision) {

  public SignerCertificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(registeredAt, "registeredAt");
    if ((facts.status() == CertificateStatus.REVOKED) != (revokedAt != null)) {
      throw new IllegalArgumentException("a revoked certificate, and only one, has revokedAt");
    }
  }

  /**
   * Registers a certificate read from the department's upload for a holder, unit and role.
   *
   * @param unitLevel the level of the unit on the day of registration, null when the unit is
   *     neither a school nor the department (a commune, a division)
   */
  public static Changes<SignerCertificate> register(
      UUID id,
      String holderLogin,
      String holderName,
      String unitCode,
      SignerRole role,
      SignerRole.UnitLevel unitLevel,
      CertificateFacts certificate,
      UUID requestId,
      Instant at) {
    List<Violation> violations = new ArrayList<>();
    checkRoleFitsUnit(role, unitLevel, violations);
    if (!certificate.forSigning()) {
      violations.add(
          Violation.withMessage(
              "/certificate",
              "certificate-not-for-signing",
              "A CA's certificate, or one whose key may not sign, is not a signer's"));
    }
    if (certificate.notAfter().isBefore(at)) {
      violations.add(
          Violation.withMessage(
              "/certificate",
              "certificate-expired",
              "The certificate expired at " + certificate.notAfter()));
    }
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    SignerCertificate registered =
        new SignerCertificate(
            id,
            new RegisteredCertificate(
                holderLogin,
                holderName,
                unitCode,
                role,
                certificate.serialNumber(),
                certificate.issuerDn(),
                certificate.fingerprint(),
                certificate.notBefore(),
                certificate.notAfter(),
                CertificateStatus.ACTIVE,
                null),
            requestId,
            at,
            null,
            1);
    return Changes.of(registered, new SignerEvent.CertificateRegistered(registered));
  }

  /**
   * The department's revocation decision, checked: number (at most 100 characters) and date
   * required, reason at most 2,000 characters; effective from {@code effectiveAt}, or from {@code
   * now} when the decision names no instant.
   */
  public static Revocation revocation(
      String decisionNumber,
      LocalDate decisionDate,
      String reason,
      Instant effectiveAt,
      Instant now) {
    String number = RegisterRules.text(decisionNumber);
    String why = RegisterRules.text(reason);
    List<Violation> violations = new ArrayList<>();
    if (number == null || number.length() > 100) {
      violations.add(
          Violation.withMessage(
              "/decisionNumber", "required", "A revocation names its decision (≤ 100 chars)"));
    }
    if (decisionDate == null) {
      violations.add(
          Violation.withMessage("/decisionDate", "required", "A revocation has its decision date"));
    }
    if (why != null && why.length() > 2000) {
      violations.add(Violation.withMessage("/reason", "too-long", "At most 2,000 characters"));
    }
    RegisterRules.checkDay("/decisionDate", decisionDate, violations);
    RegisterRules.checkInstant("/effectiveAt", effectiveAt, violations);
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    return new Revocation(effectiveAt == null ? now : effectiveAt, number, decisionDate, why);
  }

  /** Revokes the certificate by {@code decision}, recorded at {@code at}. */
  public Changes<SignerCertificate> revoke(Revocation decision, Instant at) {
    if (facts.status() == CertificateStatus.REVOKED) {
      throw new StateConflict(
          "signer-certificate-revoked",
          "The certificate was revoked by decision " + facts.revocation().decisionNumber());
    }
    SignerCertificate revoked =
        new SignerCertificate(
            id, facts.revoked(decision), requestId, registeredAt, at, revision + 1);
    return Changes.of(revoked, new SignerEvent.CertificateRevoked(revoked));
  }

  /** The unit the certificate signs for. */
  public String unitCode() {
    return facts.unitCode();
  }

  static void checkRoleFitsUnit(
      SignerRole role, SignerRole.UnitLevel unitLevel, List<Violation> violations) {
    if (role != null && role.unitLevel() != unitLevel) {
      violations.add(
          Violation.withMessage(
              "/role",
              "role-not-for-unit",
              role
                  + " signs for "
                  + (role.unitLevel() == SignerRole.UnitLevel.SCHOOL
                      ? "a school"
                      : "the department")));
    }
  }
}
