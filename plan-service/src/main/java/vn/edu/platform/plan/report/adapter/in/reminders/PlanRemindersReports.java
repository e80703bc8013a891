package vn.edu.platform.plan.report.adapter.in.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.out.DueReportsSource;
import vn.edu.platform.plan.report.application.port.in.OwedReportsQuery;
import vn.edu.platform.plan.report.application.port.in.ReportViews;

/**
 * Answers the plans' reminders ({@code GET /reminders}) with the reports the units owe: plans ask
 * through their own port, so the dependency runs from reports to plans only.
 */
@Component
class PlanRemindersReports implements DueReportsSource {

  private final OwedReportsQuery owed;

  PlanRemindersReports(OwedReportsQuery owed) {
    this.owed = owed;
  }

  @Override
  public PlanViews.DueReports dueReports(Set<String> unitCodes, LocalDate today, int withinDays) {
    ReportViews.OwedReports reports = owed.owed(unitCodes, today, withinDays);
    return new PlanViews.DueReports(map(reports.overdue()), map(reports.dueSoon()));
  }

  private static List<PlanViews.DueReport> map(List<ReportViews.OwedReport> reports) {
    return reports.stream()
        .map(
            r ->
                new PlanViews.DueReport(
                    r.form().form().id(),
                    r.form().form().planId(),
                    r.form().planNumber(),
                    r.form().form().taskId(),
                    r.form().form().targetId(),
                    r.title(),
                    r.unitCode(),
                    r.period().period().code(),
                    r.period().dueOn(),
                    r.draft() == null ? null : r.draft().id(),
                    r.draft() == null ? null : r.draft().status().name()))
        .toList();
  }
}
