package vn.edu.platform.plan.report.application.port.in;

import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.in.Viewer;

/** Reporting rate and timeliness per period, and a unit's own record. */
public interface ReportStatisticsQuery {

  /**
   * Expected, received, on time and approved reports of one period per unit, per commune and for
   * the province, along the tree of the period's last day (a 2024 period on the 2024 communes).
   * Viewers that are not province-wide see their own units only.
   */
  ReportViews.Statistics statistics(Viewer viewer, UUID formId, String periodCode);

  /** One unit's record on a form: each period begun by {@code today}. */
  ReportViews.UnitHistory history(Viewer viewer, UUID formId, String unitCode, LocalDate today);
}
