package vn.edu.platform.plan.signers.application.port.out;

import vn.edu.platform.plan.signers.domain.SignerEvent;

/**
 * Announces the register to the signing services, through the outbox (in the transaction). The
 * adapter decides which events are public: certificates and delegations; requests stay here.
 */
public interface SignerEventPublisher {

  void publish(SignerEvent event);
}
