package vn.edu.platform.plan.planning.application.port.out;

import vn.edu.platform.plan.planning.domain.PlanEvent;

/**
 * Announces plans and tasks to the other services, through the outbox (in the transaction). The
 * adapter decides which domain events have a public counterpart; the others it leaves out.
 */
public interface PlanEventPublisher {

  void publish(PlanEvent event);
}
