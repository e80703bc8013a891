package vn.edu.platform.plan.signers.application.port.in;

import java.time.LocalDate;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.SignerRole;

/** What the register's lists are filtered by; null criteria do not filter. */
public final class SignerFilters {

  private SignerFilters() {}

  /** Certificates of a unit, a role, a status, a holder. */
  public record CertificateFilter(
      String unitCode, SignerRole role, CertificateStatus status, String holderLogin) {}

  /** Requests of a unit, a status. */
  public record RequestFilter(String unitCode, CertificateRequest.Status status) {}

  /** Delegations of a unit, a delegate, those covering a day. */
  public record DelegationFilter(String unitCode, String delegateLogin, LocalDate activeOn) {}
}
