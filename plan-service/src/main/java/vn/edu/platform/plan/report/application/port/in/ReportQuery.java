package vn.edu.platform.plan.report.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.in.Viewer;

/**
 * Reading forms and reports as a viewer may see them: forms of the plans the viewer sees, and the
 * forms its units report on; reports of the viewer's units (department staff and province-wide
 * systems: every report).
 */
public interface ReportQuery {

  /**
   * @throws vn.edu.platform.kernel.NotFound also when the viewer may not see the form's plan
   */
  ReportViews.FormView form(Viewer viewer, UUID formId);

  /** The forms the viewer sees, of one plan if given, newest first. */
  ReportViews.Slice<ReportViews.FormView> forms(Viewer viewer, UUID planId, int offset, int limit);

  /** The form's periods with their due dates. */
  List<ReportViews.PeriodView> periods(Viewer viewer, UUID formId);

  /**
   * @throws vn.edu.platform.kernel.NotFound also when the viewer may not see the report
   */
  ReportViews.ReportView report(Viewer viewer, UUID reportId, LocalDate today);

  /** A unit's current report of a period (its draft, or the one submitted). */
  ReportViews.ReportView current(
      Viewer viewer, UUID formId, String periodCode, String unitCode, LocalDate today);

  ReportViews.Slice<ReportViews.ReportView> reports(
      Viewer viewer, ReportFilter filter, LocalDate today);
}
