package vn.edu.platform.plan.signers.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.signing.register.SignerRole;

/** The commands on the register of signers. */
public final class SignerCommands {

  private SignerCommands() {}

  /** The department asks for a certificate to be issued or renewed for a signer. */
  public record RequestCertificate(
      CertificateRequest.Kind kind,
      String holderLogin,
      String holderName,
      String unitCode,
      SignerRole role,
      UUID renewsCertificateId,
      String note) {}

  /** The department withdraws an open request. */
  public record WithdrawRequest(UUID requestId, String reason, ExpectedRevision expectedRevision) {}

  /**
   * The department registers an issued certificate for a holder, unit and role.
   *
   * @param certificate the certificate as PEM, or the base64 of its DER encoding
   * @param requestId the open request it fulfils, if any
   */
  public record RegisterCertificate(
      String certificate,
      String holderLogin,
      String holderName,
      String unitCode,
      SignerRole role,
      UUID requestId) {}

  /**
   * The department revokes a certificate by decision.
   *
   * @param effectiveAt the first instant it may no longer sign; now when null
   */
  public record RevokeCertificate(
      UUID certificateId,
      String decisionNumber,
      LocalDate decisionDate,
      String reason,
      Instant effectiveAt,
      ExpectedRevision expectedRevision) {}

  /** The department records a delegation to sign on behalf of a role of a unit. */
  public record GrantDelegation(
      String delegatorUnitCode,
      SignerRole delegatorRole,
      String delegateLogin,
      String decisionNumber,
      LocalDate decisionDate,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** The department ends a delegation after {@code lastDay}, by decision. */
  public record EndDelegation(
      UUID delegationId,
      LocalDate lastDay,
      String decisionNumber,
      LocalDate decisionDate,
      ExpectedRevision expectedRevision) {}
}
