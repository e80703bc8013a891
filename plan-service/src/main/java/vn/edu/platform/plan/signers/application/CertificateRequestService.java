package vn.edu.platform.plan.signers.application;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.signers.application.port.in.ManageCertificateRequestsUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.out.CertificateRequestRepository;
import vn.edu.platform.plan.signers.application.port.out.SignerCertificateRepository;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Changes;
import vn.edu.platform.plan.signers.domain.SignerCertificate;

/**
 * The department's certificate requests. A holder has at most one open request per unit and role
 * (409 {@code certificate-request-exists} naming it), so a request sent twice from two screens is
 * not asked of the CA twice; the database's partial unique index settles a race.
 */
@Service
class CertificateRequestService implements ManageCertificateRequestsUseCase {

  private final CertificateRequestRepository requests;
  private final SignerCertificateRepository certificates;
  private final SignerUnits units;
  private final SignerChanges changes;
  private final Clock clock;

  CertificateRequestService(
      CertificateRequestRepository requests,
      SignerCertificateRepository certificates,
      SignerUnits units,
      SignerChanges changes,
      Clock clock) {
    this.requests = requests;
    this.certificates = certificates;
    this.units = units;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public CertificateRequest request(SignerCommands.RequestCertificate c) {
    var level = units.levelToday(c.unitCode(), "/unitCode");
    SignerCertificate renewed =
        c.renewsCertificateId() == null
            ? null
            : certificates.find(c.renewsCertificateId()).orElse(null);
    Changes<CertificateRequest> opened =
        CertificateRequest.open(
            UUID.randomUUID(),
            c.kind(),
            c.holderLogin(),
            c.holderName(),
            c.unitCode(),
            c.role(),
            level,
            c.renewsCertificateId(),
            renewed,
            c.note(),
            clock.instant());
    CertificateRequest request = opened.state();
    requests
        .findOpen(request.holderLogin(), request.unitCode(), request.role())
        .ifPresent(
            existing -> {
              throw new AlreadyExists("certificate-request-exists", existing);
            });
    if (!requests.insert(request)) {
      throw new AlreadyExists(
          "certificate-request-exists",
          requests
              .findOpen(request.holderLogin(), request.unitCode(), request.role())
              .map(UUID::toString)
              .orElse(""));
    }
    return changes.record(opened);
  }

  @Override
  @Transactional
  public CertificateRequest withdraw(SignerCommands.WithdrawRequest c) {
    CertificateRequest request =
        requests
            .lock(c.requestId())
            .orElseThrow(() -> new NotFound("certificate-request-not-found", c.requestId()));
    c.expectedRevision().verify("certificate request " + c.requestId(), request.revision());
    Changes<CertificateRequest> withdrawn = request.withdraw(c.reason(), clock.instant());
    requests.update(withdrawn.state());
    return changes.record(withdrawn);
  }
}
