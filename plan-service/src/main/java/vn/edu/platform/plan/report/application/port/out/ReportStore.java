package vn.edu.platform.plan.report.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.plan.report.application.port.in.ReportFilter;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.domain.PeriodType;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportForm;

/**
 * Where forms and reports live. A unit has at most one <em>current</em> report per form and period:
 * every report but the rejected ones, which stay as history.
 */
public interface ReportStore {

  // --- forms ----------------------------------------------------------------------------------

  Optional<ReportForm> findForm(UUID formId);

  /** The form on this task or target with this period type, if any (the natural key). */
  Optional<UUID> findForm(UUID subjectId, PeriodType type);

  /**
   * @return false when the task or target has a form of this period type already
   */
  boolean insertForm(ReportForm form);

  /** Forms of these plans (every form when {@code planIds} is null), newest first. */
  List<ReportForm> forms(Collection<UUID> planIds);

  // --- reports --------------------------------------------------------------------------------

  Optional<ProgressReport> find(UUID reportId);

  /** The report, locked until the transaction ends. */
  Optional<ProgressReport> lock(UUID reportId);

  /** The unit's current report of the period, locked until the transaction ends. */
  Optional<ProgressReport> lockCurrent(UUID formId, String unitCode, String periodCode);

  /**
   * Inserts a report with its history.
   *
   * @return false when the unit has a current report of the period already (a concurrent save)
   */
  boolean insert(ProgressReport report);

  /** Updates status, content, submission and revision; appends the new steps of its history. */
  void update(ProgressReport report);

  /** The current reports of a period of a form. */
  List<ProgressReport> current(UUID formId, String periodCode);

  /** The current reports of some units on some forms. */
  List<ProgressReport> current(Collection<UUID> formIds, Set<String> unitCodes);

  /**
   * Whether the unit has an approved report on the form for a period starting after {@code day}.
   */
  boolean approvedAfter(UUID formId, String unitCode, LocalDate day);

  /**
   * Reports matching the filter, restricted to {@code unitCodes} unless null, latest periods first.
   */
  ReportViews.Slice<ProgressReport> list(ReportFilter filter, Set<String> unitCodes);
}
