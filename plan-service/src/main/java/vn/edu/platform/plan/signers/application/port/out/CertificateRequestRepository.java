package vn.edu.platform.plan.signers.application.port.out;

import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.signing.register.SignerRole;

/** Where the department's certificate requests live. */
public interface CertificateRequestRepository {

  Optional<CertificateRequest> find(UUID requestId);

  /** The request, locked until the transaction ends. */
  Optional<CertificateRequest> lock(UUID requestId);

  /** The open request for this holder, unit and role, if any. */
  Optional<UUID> findOpen(String holderLogin, String unitCode, SignerRole role);

  /**
   * @return false when the holder has an open request for the unit and role already (a concurrent
   *     request)
   */
  boolean insert(CertificateRequest request);

  /** Stores the status, its closing and the new revision. */
  void update(CertificateRequest request);
}
