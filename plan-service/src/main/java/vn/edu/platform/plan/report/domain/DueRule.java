package vn.edu.platform.plan.report.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * When the report of a period is due (hạn nộp báo cáo); the due day itself is still on time.
 *
 * <ul>
 *   <li>{@link Kind#ANNUAL}: a day of the year, for yearly and school-year periods — "communes and
 *       schools report before 10 November each year" is {@code ANNUAL 11/10}. The due date is the
 *       first such day on or after the period's first day: 10 November 2026 for the year {@code
 *       2026}, 10 November 2025 for the school year {@code 2025-2026} (its opening report), 15 June
 *       2026 for {@code ANNUAL 6/15} and the same school year (its closing report).
 *   <li>{@link Kind#AFTER_PERIOD}: day {@code day} of the month {@code monthsAfterPeriod} months
 *       after the period's last month, for any period — "by the 5th of the following month" is
 *       {@code AFTER_PERIOD 1, 5}; "before the 25th of the month" (monthly) or "of the quarter's
 *       last month" is {@code AFTER_PERIOD 0, 25}.
 * </ul>
 *
 * A day beyond the month's length means its last day (31 → 30 April, 29 February → 28 in a common
 * year).
 *
 * @param month for {@code ANNUAL}: the month of the year, 1-12; null otherwise
 * @param day the day of the month, 1-31
 * @param monthsAfterPeriod for {@code AFTER_PERIOD}: 0-12; null otherwise
 */
public record DueRule(Kind kind, Integer month, int day, Integer monthsAfterPeriod) {

  /** How a due rule is stated. */
  public enum Kind {
    /** A fixed day of the year ("before 10 November each year"). */
    ANNUAL,
    /** A day of a month counted from the period's last month. */
    AFTER_PERIOD
  }

  /**
   * Checks the shape.
   *
   * @throws RuleViolation with pointers relative to the rule ({@code /day}, {@code /month}, {@code
   *     /monthsAfterPeriod})
   */
  public DueRule {
    List<Violation> violations = new ArrayList<>();
    if (kind == null) {
      violations.add(Violation.withMessage("/kind", "required", "A due rule has a kind"));
    }
    if (day < 1 || day > 31) {
      violations.add(Violation.withMessage("/day", "out-of-range", "A day is between 1 and 31"));
    }
    if (kind == Kind.ANNUAL) {
      if (month == null || month < 1 || month > 12) {
        violations.add(
            Violation.withMessage("/month", "out-of-range", "An annual rule names a month, 1-12"));
      } else if (day > Month.of(month).maxLength()) {
        violations.add(
            Violation.withMessage("/day", "out-of-range", "Month " + month + " has no day " + day));
      }
      if (monthsAfterPeriod != null) {
        violations.add(
            Violation.withMessage(
                "/monthsAfterPeriod",
                "not-of-kind",
                "An annual rule names a month, not an offset"));
      }
    }
    if (kind == Kind.AFTER_PERIOD) {
      if (monthsAfterPeriod == null || monthsAfterPeriod < 0 || monthsAfterPeriod > 12) {
        violations.add(
            Violation.withMessage(
                "/monthsAfterPeriod",
                "out-of-range",
                "A rule after the period counts 0 to 12 months from its last month"));
      }
      if (month != null) {
        violations.add(
            Violation.withMessage(
                "/month", "not-of-kind", "A rule after the period counts months, not a month"));
      }
    }
    RuleViolation.throwIfAny(ReportForm.RULES, violations);
  }

  public static DueRule annual(int month, int day) {
    return new DueRule(Kind.ANNUAL, month, day, null);
  }

  public static DueRule afterPeriod(int monthsAfterPeriod, int day) {
    return new DueRule(Kind.AFTER_PERIOD, null, day, monthsAfterPeriod);
  }

  /** Whether the rule applies to periods of this type: an annual day fits years only. */
  public boolean fits(PeriodType type) {
    return kind == Kind.AFTER_PERIOD || type == PeriodType.YEAR || type == PeriodType.SCHOOL_YEAR;
  }

  /** The last day the period's report is on time. */
  public LocalDate dueOn(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return switch (kind) {
      case ANNUAL -> {
        LocalDate candidate = dayOf(YearMonth.of(period.start().getYear(), month));
        yield candidate.isBefore(period.start())
            ? dayOf(YearMonth.of(period.start().getYear() + 1, month))
            : candidate;
      }
      case AFTER_PERIOD -> dayOf(YearMonth.from(period.end()).plusMonths(monthsAfterPeriod));
    };
  }

  /** As a plan writes it: "Ngày 10/11 hằng năm", "Ngày 5 tháng sau kỳ báo cáo". */
  public String label() {
    return switch (kind) {
      case ANNUAL -> "Ngày " + day + "/" + month + " hằng năm";
      case AFTER_PERIOD ->
          switch (monthsAfterPeriod) {
            case 0 -> "Ngày " + day + " tháng cuối kỳ báo cáo";
            case 1 -> "Ngày " + day + " tháng sau kỳ báo cáo";
            default -> "Ngày " + day + " của tháng thứ " + monthsAfterPeriod + " sau kỳ báo cáo";
          };
    };
  }

  private LocalDate dayOf(YearMonth month) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }
}
