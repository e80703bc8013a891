package vn.edu.platform.plan.signers.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.SignerRole;

/**
 * The department's request that a signing certificate be issued or renewed (đề nghị cấp mới / gia
 * hạn chứng thư số) for a person who signs for a unit in a role. It is open until the issued
 * certificate is registered against it (fulfilled) or the department withdraws it.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>The role fits the unit ({@code role-not-for-unit}).
 *   <li>A renewal names the registered certificate it renews, of the same holder, unit and role,
 *       not revoked ({@code /renewsCertificateId}); a first issue names none.
 *   <li>Only an open request is fulfilled or withdrawn ({@code certificate-request-not-open}); the
 *       certificate that fulfils it is the holder's, for the unit and role requested ({@code
 *       differs-from-request}).
 * </ul>
 *
 * @param renewsCertificateId the certificate a renewal replaces; null for a first issue
 * @param note the department's note to the CA (at most 2,000 characters), may be null
 * @param certificateId the registered certificate that fulfilled the request
 * @param withdrawalReason why the department withdrew it
 * @param closedAt when it was fulfilled or withdrawn; null while open
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record CertificateRequest(
    UUID id,
    Kind kind,
    String holderLogin,
    String holderName,
    String unitCode,
    SignerRole role,
    UUID renewsCertificateId,
    String note,
    Status status,
    UUID certificateId,
    String withdrawalReason,
    Instant requestedAt,
    Instant closedAt,
    long revision) {

  /** What is asked of the CA. */
  public enum Kind {
    /** A first certificate for the person in this role (cấp mới). */
    ISSUE,
    /** A new certificate replacing one about to expire (gia hạn). */
    RENEWAL
  }

  /** Where the request stands. */
  public enum Status {
    OPEN,
    FULFILLED,
    WITHDRAWN
  }

  public CertificateRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(holderLogin, "holderLogin");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /**
   * Opens a request.
   *
   * @param unitLevel the unit's level today, null when it is neither a school nor the department
   * @param renewed the certificate a renewal replaces, as registered; null for a first issue or
   *     when the id names no certificate
   */
  public static Changes<CertificateRequest> open(
      UUID id,
      Kind kind,
      String holderLogin,
      String holderName,
      String unitCode,
      SignerRole role,
      SignerRole.UnitLevel unitLevel,
      UUID renewsCertificateId,
      SignerCertificate renewed,
      String note,
      Instant at) {
    String login = RegisterRules.text(holderLogin);
    String name = RegisterRules.text(holderName);
    String unit = RegisterRules.text(unitCode);
    String text = RegisterRules.text(note);
    List<Violation> violations = new ArrayList<>();
    SignerCertificate.checkRoleFitsUnit(role, unitLevel, violations);
    if (text != null && text.length() > 2000) {
      violations.add(Violation.withMessage("/note", "too-long", "At most 2,000 characters"));
    }
    if (kind == Kind.ISSUE && renewsCertificateId != null) {
      violations.add(
          Violation.withMessage(
              "/renewsCertificateId",
              "issue-renews-nothing",
              "A first issue renews no certificate: ask for a RENEWAL"));
    }
    if (kind == Kind.RENEWAL) {
      if (renewsCertificateId == null) {
        violations.add(
            Violation.withMessage(
                "/renewsCertificateId", "required", "A renewal names the certificate it renews"));
      } else if (renewed == null) {
        violations.add(
            Violation.withMessage(
                "/renewsCertificateId",
                "unknown-certificate",
                "No registered certificate " + renewsCertificateId));
      } else if (!renewed.facts().holderLogin().equals(login)
          || !renewed.unitCode().equals(unit)
          || renewed.facts().role() != role) {
        violations.add(
            Violation.withMessage(
                "/renewsCertificateId",
                "renewal-of-another-signer",
                "The renewed certificate is another holder's, unit's or role's"));
      } else if (renewed.facts().status() == CertificateStatus.REVOKED) {
        violations.add(
            Violation.withMessage(
                "/renewsCertificateId",
                "renewal-of-revoked-certificate",
                "A revoked certificate is not renewed: ask for a new ISSUE"));
      }
    }
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    CertificateRequest request =
        new CertificateRequest(
            id,
            kind,
            login,
            name,
            unit,
            role,
            renewsCertificateId,
            text,
            Status.OPEN,
            null,
            null,
            at,
            null,
            1);
    return Changes.of(request, new SignerEvent.CertificateRequested(request));
  }

  /** The request fulfilled by the registration of {@code certificate}. */
  public Changes<CertificateRequest> fulfil(SignerCertificate certificate, Instant at) {
    requireOpen();
    List<Violation> violations = new ArrayList<>();
    if (!certificate.facts().holderLogin().equals(holderLogin)) {
      violations.add(differs("/holderLogin", "the holder"));
    }
    if (!certificate.unitCode().equals(unitCode)) {
      violations.add(differs("/unitCode", "the unit"));
    }
    if (certificate.facts().role() != role) {
      violations.add(differs("/role", "the role"));
    }
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    CertificateRequest fulfilled =
        new CertificateRequest(
            id,
            kind,
            holderLogin,
            holderName,
            unitCode,
            role,
            renewsCertificateId,
            note,
            Status.FULFILLED,
            certificate.id(),
            null,
            requestedAt,
            at,
            revision + 1);
    return Changes.of(fulfilled, new SignerEvent.CertificateRequestFulfilled(fulfilled));
  }

  /** The request withdrawn by the department, with its reason (required, ≤ 2,000 characters). */
  public Changes<CertificateRequest> withdraw(String reason, Instant at) {
    String why = RegisterRules.text(reason);
    if (why == null || why.length() > 2000) {
      throw RegisterRules.refusal(
          "/reason", "required", "A withdrawal says why (at most 2,000 characters)");
    }
    requireOpen();
    CertificateRequest withdrawn =
        new CertificateRequest(
            id,
            kind,
            holderLogin,
            holderName,
            unitCode,
            role,
            renewsCertificateId,
            note,
            Status.WITHDRAWN,
            null,
            why,
            requestedAt,
            at,
            revision + 1);
    return Changes.of(withdrawn, new SignerEvent.CertificateRequestWithdrawn(withdrawn));
  }

  private void requireOpen() {
    if (status != Status.OPEN) {
      throw new StateConflict(
          "certificate-request-not-open", "The request is " + status + " already");
    }
  }

  private static Violation differs(String pointer, String what) {
    return Violation.withMessage(
        pointer, "differs-from-request", "The certificate's registration names another " + what);
  }
}
