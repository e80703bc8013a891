package vn.edu.platform.plan.signers.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.signers.application.port.in.ManageSignerCertificatesUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.out.CertificateRequestRepository;
import vn.edu.platform.plan.signers.application.port.out.SignerCertificateRepository;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Changes;
import vn.edu.platform.plan.signers.domain.RegisterRules;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.CertificateFacts;
import vn.edu.platform.signing.register.Revocation;

/**
 * Registering and revoking certificates. A certificate is registered once: the same fingerprint, or
 * the same issuer and serial number (which RFC 5280 makes unique per CA), answers 409 {@code
 * signer-certificate-exists} naming the registration. A revocation locks the certificate's row, so
 * two decisions queue up and the second meets a revoked certificate.
 */
@Service
class SignerCertificateService implements ManageSignerCertificatesUseCase {

  private final SignerCertificateRepository certificates;
  private final CertificateRequestRepository requests;
  private final SignerUnits units;
  private final SignerChanges changes;
  private final Clock clock;

  SignerCertificateService(
      SignerCertificateRepository certificates,
      CertificateRequestRepository requests,
      SignerUnits units,
      SignerChanges changes,
      Clock clock) {
    this.certificates = certificates;
    this.requests = requests;
    this.units = units;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public SignerCertificate register(SignerCommands.RegisterCertificate c) {
    Instant now = clock.instant();
    var level = units.levelToday(c.unitCode(), "/unitCode");
    CertificateFacts facts;
    try {
      facts = CertificateFacts.read(c.certificate());
    } catch (CertificateFacts.UnreadableCertificateException e) {
      throw RegisterRules.refusal("/certificate", "certificate-unreadable", e.getMessage());
    }
    CertificateRequest request =
        c.requestId() == null
            ? null
            : requests
                .lock(c.requestId())
                .orElseThrow(
                    () ->
                        RegisterRules.refusal(
                            "/requestId", "unknown-request", "No request " + c.requestId()));
    Changes<SignerCertificate> registered =
        SignerCertificate.register(
            UUID.randomUUID(),
            RegisterRules.text(c.holderLogin()),
            RegisterRules.text(c.holderName()),
            RegisterRules.text(c.unitCode()),
            c.role(),
            level,
            facts,
            c.requestId(),
            now);
    SignerCertificate certificate = registered.state();
    certificates
        .findSame(facts.fingerprint(), facts.issuerDn(), facts.serialNumber())
        .ifPresent(
            existing -> {
              throw duplicate(existing);
            });
    Changes<CertificateRequest> fulfilled =
        request == null ? null : request.fulfil(certificate, now);
    if (!certificates.insert(certificate)) {
      throw duplicate(
          certificates
              .findSame(facts.fingerprint(), facts.issuerDn(), facts.serialNumber())
              .orElseThrow());
    }
    changes.record(registered);
    if (fulfilled != null) {
      requests.update(fulfilled.state());
      changes.record(fulfilled);
    }
    return certificate;
  }

  @Override
  @Transactional
  public SignerCertificate revoke(SignerCommands.RevokeCertificate c) {
    Instant now = clock.instant();
    SignerCertificate certificate =
        certificates
            .lock(c.certificateId())
            .orElseThrow(() -> new NotFound("signer-certificate-not-found", c.certificateId()));
    c.expectedRevision().verify("signer certificate " + c.certificateId(), certificate.revision());
    Revocation decision =
        SignerCertificate.revocation(
            c.decisionNumber(), c.decisionDate(), c.reason(), c.effectiveAt(), now);
    Changes<SignerCertificate> revoked = certificate.revoke(decision, now);
    certificates.update(revoked.state());
    return changes.record(revoked);
  }

  private static AlreadyExists duplicate(UUID existing) {
    return new AlreadyExists(
        "signer-certificate-exists",
        List.of(
            Violation.withMessage(
                "/certificate",
                "duplicate-certificate",
                "The certificate is registered already as " + existing)),
        existing);
  }
}
