package vn.edu.platform.plan.signers.application.port.in;

import java.util.UUID;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;

/**
 * Reading the register, within what the reader may see: an entry of another unit is not found
 * (404), so ids cannot be probed.
 */
public interface SignerRegisterQuery {

  Slice<SignerCertificate> certificates(
      RegisterReader reader, SignerFilters.CertificateFilter filter, int offset, int limit);

  SignerCertificate certificate(RegisterReader reader, UUID certificateId);

  Slice<CertificateRequest> requests(
      RegisterReader reader, SignerFilters.RequestFilter filter, int offset, int limit);

  CertificateRequest request(RegisterReader reader, UUID requestId);

  Slice<Delegation> delegations(
      RegisterReader reader, SignerFilters.DelegationFilter filter, int offset, int limit);

  Delegation delegation(RegisterReader reader, UUID delegationId);
}
