package vn.edu.platform.plan.signers.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.signers.application.port.in.CheckSigningAuthorisationQuery;
import vn.edu.platform.plan.signers.application.port.in.RegisterReader;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.SignerRegisterQuery;
import vn.edu.platform.plan.signers.application.port.in.Slice;
import vn.edu.platform.plan.signers.application.port.out.CertificateRequestRepository;
import vn.edu.platform.plan.signers.application.port.out.SignerCertificateRepository;
import vn.edu.platform.plan.signers.application.port.out.SignerRegisterReadModel;
import vn.edu.platform.plan.signers.application.port.out.SigningDelegationRepository;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.SignerRegister;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningAuthorisation;
import vn.edu.platform.signing.register.SigningDelegation;
import vn.edu.platform.signing.register.SigningRequest;

/**
 * Reading the register within the reader's units, and the check: the register's own tables answered
 * through platform-signing's {@link SignerRegister}, decided by {@link SigningAuthorisation},
 * exactly as a replica decides.
 */
@Service
@Transactional(readOnly = true)
class SignerRegisterQueryService implements SignerRegisterQuery, CheckSigningAuthorisationQuery {

  private final SignerCertificateRepository certificates;
  private final CertificateRequestRepository requests;
  private final SigningDelegationRepository delegations;
  private final SignerRegisterReadModel lists;
  private final SigningAuthorisation authorisation = new SigningAuthorisation();

  SignerRegisterQueryService(
      SignerCertificateRepository certificates,
      CertificateRequestRepository requests,
      SigningDelegationRepository delegations,
      SignerRegisterReadModel lists) {
    this.certificates = certificates;
    this.requests = requests;
    this.delegations = delegations;
    this.lists = lists;
  }

  @Override
  public Slice<SignerCertificate> certificates(
      RegisterReader reader, SignerFilters.CertificateFilter filter, int offset, int limit) {
    return lists.certificates(filter, unitsOf(reader), offset, limit);
  }

  @Override
  public SignerCertificate certificate(RegisterReader reader, UUID certificateId) {
    return certificates
        .find(certificateId)
        .filter(c -> reader.reads(c.unitCode()))
        .orElseThrow(() -> new NotFound("signer-certificate-not-found", certificateId));
  }

  @Override
  public Slice<CertificateRequest> requests(
      RegisterReader reader, SignerFilters.RequestFilter filter, int offset, int limit) {
    return lists.requests(filter, unitsOf(reader), offset, limit);
  }

  @Override
  public CertificateRequest request(RegisterReader reader, UUID requestId) {
    return requests
        .find(requestId)
        .filter(r -> reader.reads(r.unitCode()))
        .orElseThrow(() -> new NotFound("certificate-request-not-found", requestId));
  }

  @Override
  public Slice<Delegation> delegations(
      RegisterReader reader, SignerFilters.DelegationFilter filter, int offset, int limit) {
    return lists.delegations(filter, unitsOf(reader), offset, limit);
  }

  @Override
  public Delegation delegation(RegisterReader reader, UUID delegationId) {
    return delegations
        .find(delegationId)
        .filter(d -> reader.reads(d.terms().delegatorUnitCode()))
        .orElseThrow(() -> new NotFound("signing-delegation-not-found", delegationId));
  }

  @Override
  public SigningAuthorisation.Decision check(SigningRequest request) {
    return authorisation.decide(
        new SignerRegister() {
          @Override
          public Optional<RegisteredCertificate> certificate(String fingerprint) {
            return certificates.findByFingerprint(fingerprint).map(SignerCertificate::facts);
          }

          @Override
          public List<SigningDelegation> delegations(
              String unitCode, SignerRole delegatorRole, String delegateLogin) {
            return delegations.of(unitCode, delegatorRole, delegateLogin).stream()
                .map(Delegation::terms)
                .toList();
          }
        },
        request);
  }

  private static Set<String> unitsOf(RegisterReader reader) {
    return reader.provinceWide() ? null : reader.unitCodes();
  }
}
