package vn.edu.platform.plan.planning.adapter.in.tree;

import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.plan.planning.application.port.in.FollowOrgTreeUseCase;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Moves "my tasks" along with the tree. Each {@code OrgUnitChanged} the directory publishes is also
 * delivered in this process, synchronously, in the directory's transaction: the work items move in
 * the same commit as the unit. On start every work item is rebuilt, since the tree or the plans may
 * have changed while the service was down (or before the table existed).
 */
@Component
class OrgTreeFollower {

  private final FollowOrgTreeUseCase follow;
  private final Clock clock;

  OrgTreeFollower(FollowOrgTreeUseCase follow, Clock clock) {
    this.follow = follow;
    this.clock = clock;
  }

  @EventListener
  void on(OrgUnitChanged change) {
    follow.unitMoved(change.unitCode(), change.parentCode(), change.parentValidFrom());
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    follow.rebuildAll(PlatformTime.today(clock));
  }
}
