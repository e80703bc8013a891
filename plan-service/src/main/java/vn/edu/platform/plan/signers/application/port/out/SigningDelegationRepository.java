package vn.edu.platform.plan.signers.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.signing.register.SignerRole;

/** Where delegations live. */
public interface SigningDelegationRepository {

  Optional<Delegation> find(UUID delegationId);

  /** The delegation, locked until the transaction ends. */
  Optional<Delegation> lock(UUID delegationId);

  /** Every delegation, ended ones included, of this role of this unit to this person. */
  List<Delegation> of(String unitCode, SignerRole role, String delegateLogin);

  /**
   * A delegation of this role of this unit to this person covering a day between {@code from} and
   * {@code to}, if any; the pair is locked so that two grants of it queue up.
   */
  Optional<UUID> lockOverlapping(
      String unitCode, SignerRole role, String delegateLogin, LocalDate from, LocalDate to);

  void insert(Delegation delegation);

  /** Stores an ending and the new revision. */
  void update(Delegation delegation);
}
