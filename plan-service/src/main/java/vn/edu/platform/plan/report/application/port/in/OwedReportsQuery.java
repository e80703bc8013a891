package vn.edu.platform.plan.report.application.port.in;

import java.time.LocalDate;
import java.util.Set;

/** The reports some units still owe, for the reminders. */
public interface OwedReportsQuery {

  /**
   * Reports of {@code unitCodes} on issued plans not submitted yet: overdue (due in the year before
   * {@code today}) and due within {@code withinDays} days. Reopened reports are the department's
   * follow-up, not reminders.
   */
  ReportViews.OwedReports owed(Set<String> unitCodes, LocalDate today, int withinDays);
}
