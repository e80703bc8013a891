package vn.edu.platform.plan.report.application.port.in;

import vn.edu.platform.plan.report.domain.ProgressReport;

/**
 * A reporting unit writes and submits its own report of a period. The caller has checked that the
 * unit is the caller's own; the use case checks that the unit reports on the form that period.
 */
public interface SubmitReportUseCase {

  /** The saved draft and whether it was created by this call. */
  record Saved(ProgressReport report, boolean created) {}

  Saved save(ReportCommands.SaveReport command);

  /** Submits; publishes {@code ProgressReportSubmitted}. */
  ProgressReport submit(ReportCommands.SubmitReport command);
}
