package vn.edu.platform.signing.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one decision of the register: may this certificate sign for this unit and role (on behalf of
 * that role) at this instant? Allowed, or refused with the first reason that applies, in this
 * order:
 *
 * <ol>
 *   <li>{@code certificate-not-registered}: the fingerprint is not in the register;
 *   <li>{@code certificate-not-registered-for-unit}: it is registered for another unit or role;
 *   <li>{@code certificate-revoked}: a revocation is in force at the instant (revoked exactly at
 *       the instant counts: the effective instant is the first that may not sign);
 *   <li>{@code certificate-not-yet-valid}, {@code certificate-expired}: the instant lies outside
 *       the certificate's validity (both ends included, as X.509 says);
 *   <li>{@code delegation-missing}: signing on behalf of a role, the holder has no delegation of it
 *       from the unit;
 *   <li>{@code delegation-not-covering-date}: none of the holder's delegations covers the day of
 *       the instant — the day in Asia/Ho_Chi_Minh, where the decisions are dated.
 * </ol>
 *
 * Revocation comes before validity because it is the stronger statement: a revoked certificate is
 * reported revoked even after it would have expired. Nothing here reads a clock or a database; the
 * caller passes the instant and the register.
 */
public final class SigningAuthorisation {

  /** Where delegations' days are counted: the decisions are Vietnamese. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ZoneId zone;

  /** Counting delegations' days in Vietnam. */
  public SigningAuthorisation() {
    this(VIETNAM);
  }

  /** Counting delegations' days in {@code zone}. */
  public SigningAuthorisation(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** What the decision answers. */
  public sealed interface Decision {

    /** Whether the certificate may sign. */
    boolean allowed();

    /**
     * The certificate may sign.
     *
     * @param certificate the registered certificate
     * @param delegation the delegation it signs under; null when it signs in its own right
     */
    record Allowed(RegisteredCertificate certificate, SigningDelegation delegation)
        implements Decision {
      public Allowed {
        Objects.requireNonNull(certificate, "certificate");
      }

      @Override
      public boolean allowed() {
        return true;
      }
    }

    /**
     * The certificate may not sign.
     *
     * @param reason the stable reason
     * @param explanation a sentence for the log and the person, naming no personal data
     */
    record Refused(RefusalReason reason, String explanation) implements Decision {
      public Refused {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
      }

      @Override
      public boolean allowed() {
        return false;
      }
    }
  }

  /** Decides {@code request} on what {@code register} holds. */
  public Decision decide(SignerRegister register, SigningRequest request) {
    Optional<RegisteredCertificate> certificate = register.certificate(request.fingerprint());
    List<SigningDelegation> delegations =
        certificate.isEmpty() || request.onBehalfOf() == null
            ? List.of()
            : register.delegations(
                request.unitCode(), request.onBehalfOf(), certificate.get().holderLogin());
    return decide(request, certificate.orElse(null), delegations);
  }

  /**
   * Decides {@code request} on the certificate found for its fingerprint (null when none) and the
   * delegations that may apply; delegations of other units, roles or people are ignored.
   */
  public Decision decide(
      SigningRequest request,
      RegisteredCertificate certificate,
      Collection<SigningDelegation> delegations) {
    if (certificate == null || !certificate.fingerprint().equals(request.fingerprint())) {
      return refused(
          RefusalReason.CERTIFICATE_NOT_REGISTERED, "No certificate with this fingerprint");
    }
    if (!certificate.unitCode().equals(request.unitCode())
        || certificate.role() != request.role()) {
      return refused(
          RefusalReason.CERTIFICATE_NOT_REGISTERED_FOR_UNIT,
          "The certificate is registered for "
              + certificate.role()
              + " of "
              + certificate.unitCode()
              + ", not "
              + request.role()
              + " of "
              + request.unitCode());
    }
    if (certificate.revokedAt(request.at())) {
      return refused(
          RefusalReason.CERTIFICATE_REVOKED,
          "Revoked from "
              + certificate.revocation().effectiveAt()
              + " by decision "
              + certificate.revocation().decisionNumber());
    }
    if (request.at().isBefore(certificate.notBefore())) {
      return refused(
          RefusalReason.CERTIFICATE_NOT_YET_VALID,
          "The certificate is valid from " + certificate.notBefore());
    }
    if (request.at().isAfter(certificate.notAfter())) {
      return refused(
          RefusalReason.CERTIFICATE_EXPIRED,
          "The certificate expired at " + certificate.notAfter());
    }
    if (request.onBehalfOf() == null) {
      return new Decision.Allowed(certificate, null);
    }
    List<SigningDelegation> held =
        delegations.stream()
            .filter(
                d ->
                    d.delegates(
                        request.unitCode(), request.onBehalfOf(), certificate.holderLogin()))
            .toList();
    if (held.isEmpty()) {
      return refused(
          RefusalReason.DELEGATION_MISSING,
          "No delegation of "
              + request.onBehalfOf()
              + " of "
              + request.unitCode()
              + " to the certificate's holder");
    }
    LocalDate day = request.at().atZone(zone).toLocalDate();
    return held.stream()
        .filter(d -> d.covers(day))
        .findFirst()
        .<Decision>map(d -> new Decision.Allowed(certificate, d))
        .orElseGet(
            () ->
                refused(
                    RefusalReason.DELEGATION_NOT_COVERING_DATE,
                    "No delegation of "
                        + request.onBehalfOf()
                        + " to the certificate's holder covers "
                        + day));
  }

  private static Decision refused(RefusalReason reason, String explanation) {
    return new Decision.Refused(reason, explanation);
  }
}
