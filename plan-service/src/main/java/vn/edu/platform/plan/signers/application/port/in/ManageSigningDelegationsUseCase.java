package vn.edu.platform.plan.signers.application.port.in;

import vn.edu.platform.plan.signers.domain.Delegation;

/** Delegations to sign on behalf of a role: granted and ended by decision. */
public interface ManageSigningDelegationsUseCase {

  /**
   * Grants a delegation, announces {@code SigningDelegationGranted}. A delegation of the same role
   * of the same unit to the same person over overlapping days is refused with {@link
   * vn.edu.platform.kernel.AlreadyExists} {@code signing-delegation-overlaps}.
   */
  Delegation grant(SignerCommands.GrantDelegation command);

  /** Ends a delegation once, announces {@code SigningDelegationEnded}. */
  Delegation end(SignerCommands.EndDelegation command);
}
