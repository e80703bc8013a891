package vn.edu.platform.plan.planning.application.port.out;

import java.time.LocalDate;
import java.util.Set;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;

/**
 * The progress reports some units still owe, for the reminders: answered by the report feature
 * (which depends on plans, so plans ask through this port and never the other way round).
 */
public interface DueReportsSource {

  /**
   * Reports of {@code unitCodes} not submitted yet whose due date is before {@code today} (overdue,
   * looking back a year) or within {@code withinDays} days from it (due soon).
   */
  PlanViews.DueReports dueReports(Set<String> unitCodes, LocalDate today, int withinDays);
}
