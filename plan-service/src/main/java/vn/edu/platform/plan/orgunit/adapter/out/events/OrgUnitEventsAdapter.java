package vn.edu.platform.plan.orgunit.adapter.out.events;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.plan.orgunit.application.port.out.OrgUnitChangePublisher;
import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.ParentLink;
import vn.edu.platform.plan.orgunit.domain.UnitChange;
import vn.edu.platform.starter.events.IntegrationEventPublisher;

/** Turns each unit's change into a public {@code OrgUnitChanged} event, through the outbox. */
@Component
class OrgUnitEventsAdapter implements OrgUnitChangePublisher {

  private final IntegrationEventPublisher events;
  private final Clock clock;

  OrgUnitEventsAdapter(IntegrationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void publish(DirectoryChange change) {
    for (UnitChange unitChange : change.units()) {
      events.publish(eventOf(unitChange));
    }
  }

  private OrgUnitChanged eventOf(UnitChange change) {
    OrgUnit unit = change.unit();
    ParentLink link = change.currentLink();
    return new OrgUnitChanged(
        UUID.randomUUID(),
        clock.instant(),
        OrgUnitChanged.ChangeType.valueOf(change.type().name()),
        unit.code(),
        unit.name(),
        OrgUnitChanged.Kind.valueOf(unit.kind().name()),
        unit.schoolLevel() == null
            ? null
            : OrgUnitChanged.SchoolLevel.valueOf(unit.schoolLevel().name()),
        unit.ownership() == null ? null : OrgUnitChanged.Ownership.valueOf(unit.ownership().name()),
        unit.administrativeCode(),
        link == null ? null : link.parentCode(),
        unit.validFrom(),
        unit.validTo(),
        link == null ? null : link.validFrom(),
        unit.successorCodes(),
        unit.revision());
  }
}
