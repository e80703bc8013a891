package vn.edu.platform.plan.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Units;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * The tree the plan rules check units against. Units named in a plan document are checked on the
 * plan's date (the tree of that day); units named later (a new task, lead or assignment) on the day
 * of the change, or on the plan's date if that is later, since a school opened after the plan can
 * still be given a task.
 */
@Component
class PlanUnits {

  private final OrgTreeQuery tree;
  private final Clock clock;

  PlanUnits(OrgTreeQuery tree, Clock clock) {
    this.tree = tree;
    this.clock = clock;
  }

  LocalDate today() {
    return PlatformTime.today(clock);
  }

  Units on(LocalDate date) {
    return new TreeUnits(tree, date);
  }

  /** The tree for units named after the plan was recorded: today, or the plan's date if later. */
  Units forChange(Plan plan) {
    LocalDate today = today();
    return on(plan.issuedOn().isAfter(today) ? plan.issuedOn() : today);
  }
}
