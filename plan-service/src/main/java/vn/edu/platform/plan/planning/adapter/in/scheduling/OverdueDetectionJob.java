package vn.edu.platform.plan.planning.adapter.in.scheduling;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.planning.application.port.in.DetectOverdueUseCase;
import vn.edu.platform.plan.planning.application.port.in.FollowOrgTreeUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Runs the overdue detection every night, after taking the tree of the new day (moves dated today
 * take effect in "my tasks") ({@code plan-service.plans.overdue-cron}, Vietnam time, shortly after
 * midnight by default). Several instances may run it at once: each plan is scanned under its row
 * lock and only open assignments change, so each transition is announced once.
 */
@Component
class OverdueDetectionJob {

  private static final Logger log = LoggerFactory.getLogger(OverdueDetectionJob.class);

  private final DetectOverdueUseCase detection;
  private final FollowOrgTreeUseCase tree;
  private final Clock clock;

  OverdueDetectionJob(DetectOverdueUseCase detection, FollowOrgTreeUseCase tree, Clock clock) {
    this.detection = detection;
    this.tree = tree;
    this.clock = clock;
  }

  @Scheduled(cron = "${plan-service.plans.overdue-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
  void run() {
    int moved = tree.followTree(PlatformTime.today(clock));
    if (moved > 0) {
      log.info("{} units have other ancestors today: their work items moved", moved);
    }
    PlanViews.OverdueRun run = detection.detectOverdue(PlatformTime.today(clock));
    log.info(
        "Overdue detection for {}: {} plans scanned, {} assignments and {} tasks overdue",
        run.day(),
        run.plans(),
        run.assignments(),
        run.tasks());
  }
}
