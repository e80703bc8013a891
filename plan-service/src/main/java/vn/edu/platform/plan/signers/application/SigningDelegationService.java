package vn.edu.platform.plan.signers.application;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.signers.application.port.in.ManageSigningDelegationsUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.out.SigningDelegationRepository;
import vn.edu.platform.plan.signers.domain.Changes;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.RegisterRules;

/**
 * Granting and ending delegations. Two delegations of one role of one unit to one person never
 * cover the same day (409 {@code signing-delegation-overlaps} naming the first): a replica must not
 * have to choose between two decisions. A grant takes a transaction lock on that triple first, so
 * two grants of it queue up instead of both passing the check.
 */
@Service
class SigningDelegationService implements ManageSigningDelegationsUseCase {

  private final SigningDelegationRepository delegations;
  private final SignerUnits units;
  private final SignerChanges changes;
  private final Clock clock;

  SigningDelegationService(
      SigningDelegationRepository delegations,
      SignerUnits units,
      SignerChanges changes,
      Clock clock) {
    this.delegations = delegations;
    this.units = units;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Delegation grant(SignerCommands.GrantDelegation c) {
    var level = units.levelToday(c.delegatorUnitCode(), "/delegatorUnitCode");
    Changes<Delegation> granted =
        Delegation.grant(
            UUID.randomUUID(),
            RegisterRules.text(c.delegatorUnitCode()),
            c.delegatorRole(),
            level,
            RegisterRules.text(c.delegateLogin()),
            c.decisionNumber(),
            c.decisionDate(),
            c.validFrom(),
            c.validTo(),
            clock.instant());
    var terms = granted.state().terms();
    delegations
        .lockOverlapping(
            terms.delegatorUnitCode(),
            terms.delegatorRole(),
            terms.delegateLogin(),
            terms.validFrom(),
            terms.validTo())
        .ifPresent(
            existing -> {
              throw new AlreadyExists("signing-delegation-overlaps", existing);
            });
    delegations.insert(granted.state());
    return changes.record(granted);
  }

  @Override
  @Transactional
  public Delegation end(SignerCommands.EndDelegation c) {
    Delegation delegation =
        delegations
            .lock(c.delegationId())
            .orElseThrow(() -> new NotFound("signing-delegation-not-found", c.delegationId()));
    c.expectedRevision().verify("signing delegation " + c.delegationId(), delegation.revision());
    Changes<Delegation> ended =
        delegation.end(c.lastDay(), c.decisionNumber(), c.decisionDate(), clock.instant());
    delegations.update(ended.state());
    return changes.record(ended);
  }
}
