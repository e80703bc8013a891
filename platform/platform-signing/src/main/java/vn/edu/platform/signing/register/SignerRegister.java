package vn.edu.platform.signing.register;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SigningAuthorisation} reads of a register: the owner's own tables in plan-service, a
 * signing service's replica fed by the register's events.
 */
public interface SignerRegister {

  /** The registered certificate with this SHA-256 fingerprint (lower-case hexadecimal). */
  Optional<RegisteredCertificate> certificate(String fingerprint);

  /**
   * The delegations, ended ones included, that hand {@code delegatorRole} of {@code unitCode} to
   * the person with {@code delegateLogin}.
   */
  List<SigningDelegation> delegations(
      String unitCode, SignerRole delegatorRole, String delegateLogin);
}
