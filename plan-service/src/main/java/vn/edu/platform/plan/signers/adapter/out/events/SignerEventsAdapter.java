package vn.edu.platform.plan.signers.adapter.out.events;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SignerRole;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.plan.signers.application.port.out.SignerEventPublisher;
import vn.edu.platform.plan.signers.domain.SignerEvent;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/**
 * Turns the register's domain events into the public events of {@code platform-events} ({@code
 * SignerCertificateRegistered}, {@code SignerCertificateRevoked}, {@code SigningDelegationGranted},
 * {@code SigningDelegationEnded}), written to the outbox in the business transaction. Requests stay
 * inside plan-service: a signing service decides on certificates and delegations only. The holder's
 * name and a revocation's reason are not published.
 */
@Component
class SignerEventsAdapter implements SignerEventPublisher {

  private final IntegrationEventPublisher events;
  private final Clock clock;

  SignerEventsAdapter(IntegrationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void publish(SignerEvent event) {
    switch (event) {
      case SignerEvent.CertificateRegistered e -> {
        var c = e.certificate();
        var facts = c.facts();
        events.publish(
            new SignerCertificateRegistered(
                UUID.randomUUID(),
                clock.instant(),
                c.id(),
                facts.holderLogin(),
                facts.unitCode(),
                SignerRole.valueOf(facts.role().name()),
                facts.serialNumber(),
                facts.issuerDn(),
                facts.fingerprint(),
                facts.notBefore(),
                facts.notAfter(),
                c.requestId(),
                c.registeredAt()));
      }
      case SignerEvent.CertificateRevoked e -> {
        var c = e.certificate();
        var revocation = c.facts().revocation();
        events.publish(
            new SignerCertificateRevoked(
                UUID.randomUUID(),
                clock.instant(),
                c.id(),
                c.facts().fingerprint(),
                c.unitCode(),
                revocation.effectiveAt(),
                revocation.decisionNumber(),
                revocation.decisionDate(),
                c.revokedAt()));
      }
      case SignerEvent.DelegationGranted e -> {
        var terms = e.delegation().terms();
        events.publish(
            new SigningDelegationGranted(
                UUID.randomUUID(),
                clock.instant(),
                terms.id(),
                terms.delegatorUnitCode(),
                SignerRole.valueOf(terms.delegatorRole().name()),
                terms.delegateLogin(),
                terms.decisionNumber(),
                terms.decisionDate(),
                terms.validFrom(),
                terms.validTo(),
                e.delegation().grantedAt()));
      }
      case SignerEvent.DelegationEnded e -> {
        var terms = e.delegation().terms();
        events.publish(
            new SigningDelegationEnded(
                UUID.randomUUID(),
                clock.instant(),
                terms.id(),
                terms.delegatorUnitCode(),
                terms.ending().lastDay(),
                terms.ending().decisionNumber(),
                terms.ending().decisionDate(),
                e.delegation().endedAt()));
      }
      case SignerEvent.CertificateRequested e -> {}
      case SignerEvent.CertificateRequestFulfilled e -> {}
      case SignerEvent.CertificateRequestWithdrawn e -> {}
    }
  }
}
