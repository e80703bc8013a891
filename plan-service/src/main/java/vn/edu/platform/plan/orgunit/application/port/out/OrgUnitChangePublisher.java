package vn.edu.platform.plan.orgunit.application.port.out;

import vn.edu.platform.plan.orgunit.domain.DirectoryChange;

/** Announces directory changes to the other services (through the outbox). */
public interface OrgUnitChangePublisher {

  void publish(DirectoryChange change);
}
