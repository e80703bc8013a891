package vn.edu.platform.plan.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (kỳ báo cáo): its type, its code and its first and last day (inclusive). Built
 * only from a well-formed code or by stepping from another period, so start and end always match
 * the code.
 *
 * <p>The school year runs from 1 September to 31 May ({@code 2025-2026} is 2025-09-01 to
 * 2026-05-31), as the public {@code ReportingPeriod} of the events says.
 */
public record ReportingPeriod(PeriodType type, String code, LocalDate start, LocalDate end)
    implements Comparable<ReportingPeriod> {

  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final Pattern HALF_YEAR = Pattern.compile("([0-9]{4})-H([12])");
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("([0-9]{4})-([0-9]{4})");
  private static final int FIRST_YEAR = 1900;

  public ReportingPeriod {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The period of this type with this code, if the code is well formed for the type. */
  public static Optional<ReportingPeriod> parse(PeriodType type, String code) {
    if (type == null || code == null) {
      return Optional.empty();
    }
    String text = code.strip();
    Matcher m =
        switch (type) {
          case MONTH -> MONTH.matcher(text);
          case QUARTER -> QUARTER.matcher(text);
          case HALF_YEAR -> HALF_YEAR.matcher(text);
          case YEAR -> YEAR.matcher(text);
          case SCHOOL_YEAR -> SCHOOL_YEAR.matcher(text);
        };
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < FIRST_YEAR) {
      return Optional.empty();
    }
    return switch (type) {
      case MONTH -> Optional.of(month(YearMonth.of(year, Integer.parseInt(m.group(2)))));
      case QUARTER -> Optional.of(quarter(year, Integer.parseInt(m.group(2))));
      case HALF_YEAR -> Optional.of(half(year, Integer.parseInt(m.group(2))));
      case YEAR -> Optional.of(year(year));
      case SCHOOL_YEAR ->
          Integer.parseInt(m.group(2)) == year + 1
              ? Optional.of(schoolYear(year))
              : Optional.empty();
    };
  }

  /**
   * The period of this type that contains {@code day}; for a school year, a summer day (June to
   * August) belongs to the school year that starts in the coming September.
   */
  public static ReportingPeriod containing(PeriodType type, LocalDate day) {
    return switch (type) {
      case MONTH -> month(YearMonth.from(day));
      case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> year(day.getYear());
      case SCHOOL_YEAR -> schoolYear(day.getMonthValue() >= 6 ? day.getYear() : day.getYear() - 1);
    };
  }

  /** The period right after this one. */
  public ReportingPeriod next() {
    return containing(type, end.plusDays(1));
  }

  /** Whether {@code day} lies within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return start.compareTo(other.start);
  }

  private static ReportingPeriod month(YearMonth month) {
    return new ReportingPeriod(
        PeriodType.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
  }

  private static ReportingPeriod quarter(int year, int q) {
    return new ReportingPeriod(
        PeriodType.QUARTER,
        year + "-Q" + q,
        LocalDate.of(year, q * 3 - 2, 1),
        YearMonth.of(year, q * 3).atEndOfMonth());
  }

  private static ReportingPeriod half(int year, int h) {
    return new ReportingPeriod(
        PeriodType.HALF_YEAR,
        year + "-H" + h,
        LocalDate.of(year, h == 1 ? 1 : 7, 1),
        h == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
  }

  private static ReportingPeriod year(int year) {
    return new ReportingPeriod(
        PeriodType.YEAR,
        String.valueOf(year),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  private static ReportingPeriod schoolYear(int startYear) {
    return new ReportingPeriod(
        PeriodType.SCHOOL_YEAR,
        startYear + "-" + (startYear + 1),
        LocalDate.of(startYear, 9, 1),
        LocalDate.of(startYear + 1, 5, 31));
  }
}
