package vn.edu.platform.plan.planning.application.port.in;

import java.time.LocalDate;
import java.util.Set;

/** "My tasks" and the reminders of some units. */
public interface DueTasksQuery {

  PlanViews.Slice<PlanViews.DueItem> assignments(PlanFilters.DueFilter filter);

  /**
   * The units' open work that is overdue, or due (or, for recurring tasks, next occurs) within
   * {@code withinDays} days from {@code today}.
   */
  PlanViews.Reminders reminders(Set<String> unitCodes, LocalDate today, int withinDays);
}
