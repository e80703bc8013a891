package vn.edu.platform.plan.report.application.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.plan.report.domain.ReportingPeriod;
import vn.edu.platform.plan.report.domain.Tally;
import vn.edu.platform.plan.report.domain.ValueRange;

/** What the report queries answer. */
public final class ReportViews {

  private ReportViews() {}

  /** One page of results and how many match in all. */
  public record Slice<T>(List<T> items, long total) {
    public Slice {
      items = List.copyOf(items);
    }
  }

  /**
   * A form with what a unit needs to fill it in.
   *
   * @param range the target's range and unit of measure; null for a task form
   */
  public record FormView(ReportForm form, String planNumber, ValueRange range) {}

  /** A period of a form with its due date. */
  public record PeriodView(ReportingPeriod period, LocalDate dueOn) {}

  /**
   * A report and whose turn it is.
   *
   * @param awaitingLevel the level that approves or rejects it next (on today's tree), or null
   * @param awaitingUnitCode the unit that does: the commune or the department
   */
  public record ReportView(
      ProgressReport report,
      ReportForm form,
      ApprovalLevel awaitingLevel,
      String awaitingUnitCode) {}

  /** A rejected report and the new draft that carries its content on. */
  public record Rejection(ReportView rejected, ReportView draft) {}

  /**
   * One expected unit of a period, placed on the tree at the period's end.
   *
   * @param parentCode its parent that day
   * @param communeCode the commune it counts under that day (itself for a commune), null for units
   *     directly under the department
   * @param report its current report, null if it has none
   */
  public record UnitRow(
      String unitCode,
      String unitName,
      String parentCode,
      String communeCode,
      ProgressReport report) {}

  /** A unit's tally (a commune with its schools). */
  public record GroupTally(String unitCode, String unitName, Tally tally) {}

  /**
   * Rate and timeliness of one period, along the tree of the period's last day.
   *
   * @param treeDate the day of the tree used (the period's last day)
   * @param provinceWide false when the caller sees only its own units (the tallies cover those)
   * @param directlyUnderDepartment units counted under no commune (schools and centres directly
   *     under the department, divisions)
   */
  public record Statistics(
      FormView form,
      PeriodView period,
      LocalDate treeDate,
      boolean provinceWide,
      Tally total,
      List<GroupTally> communes,
      Tally directlyUnderDepartment,
      List<UnitRow> units) {
    public Statistics {
      communes = List.copyOf(communes);
      units = List.copyOf(units);
    }
  }

  /**
   * One period of a unit's history.
   *
   * @param expected whether the unit had to report that period
   * @param report its current report, null if none
   */
  public record HistoryRow(PeriodView period, boolean expected, ProgressReport report) {}

  /** A unit's own record on a form: every period begun, and its tally over those. */
  public record UnitHistory(
      FormView form, String unitCode, LocalDate asOf, List<HistoryRow> periods, Tally tally) {
    public UnitHistory {
      periods = List.copyOf(periods);
    }
  }

  /**
   * A report a unit still owes.
   *
   * @param title what is reported on
   * @param draft the unit's unsubmitted draft, if any
   */
  public record OwedReport(
      FormView form, String title, String unitCode, PeriodView period, ProgressReport draft) {}

  /** The reports some units owe, overdue and due soon, each by due date. */
  public record OwedReports(List<OwedReport> overdue, List<OwedReport> dueSoon) {
    public OwedReports {
      overdue = List.copyOf(overdue);
      dueSoon = List.copyOf(dueSoon);
    }
  }
}
