package vn.edu.platform.studentrecord.record.application.port.out;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.signing.register.SignerRole;

/**
 * The register of signers' decision on this service's replica (ADR 0014): may this certificate sign
 * for the school in this capacity now?
 */
public interface SignerRegisterCheck {

  /**
   * @param signerRole the capacity the certificate is registered in (the principal's signature may
   *     be made by a vice-principal on the principal's behalf)
   * @param delegationDecision the delegation's decision when signing on behalf of the principal
   */
  record Allowed(SignerRole signerRole, String holderLogin, @Nullable String delegationDecision) {}

  /**
   * The decision for a signature of {@code role} (homeroom teacher or principal) of a record of
   * {@code schoolCode}; throws a rule violation with the register's refusal code otherwise.
   */
  Allowed require(String fingerprint, String schoolCode, SignerRole role, Instant at);
}
