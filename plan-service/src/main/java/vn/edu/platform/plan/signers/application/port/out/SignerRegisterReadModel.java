package vn.edu.platform.plan.signers.application.port.out;

import java.util.Set;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.Slice;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;

/**
 * The register's lists, newest first, restricted to {@code unitCodes} unless null (a reader of the
 * whole province).
 */
public interface SignerRegisterReadModel {

  Slice<SignerCertificate> certificates(
      SignerFilters.CertificateFilter filter, Set<String> unitCodes, int offset, int limit);

  Slice<CertificateRequest> requests(
      SignerFilters.RequestFilter filter, Set<String> unitCodes, int offset, int limit);

  Slice<Delegation> delegations(
      SignerFilters.DelegationFilter filter, Set<String> unitCodes, int offset, int limit);
}
