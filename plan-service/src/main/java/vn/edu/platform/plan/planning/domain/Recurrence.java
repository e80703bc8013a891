package vn.edu.platform.plan.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.platform.kernel.RuleViolation;

/**
 * The schedule of a recurring task, an RFC 5545 RRULE restricted to what plans state: {@code
 * FREQ=DAILY|WEEKLY|MONTHLY|YEARLY} with {@code INTERVAL}, {@code BYMONTH}, {@code BYMONTHDAY}
 * ({@code -1} = last day) and, weekly, {@code BYDAY}. Example: "units report before 10 November
 * each year" is {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10}. The series starts on the plan's date;
 * a rule part missing takes the start's value, as RFC 5545 says.
 *
 * <p>A recurring task is never overdue as a whole (it runs for the plan's life); each occurrence is
 * a due date of its own, shown by the reminders and, with progress reports, checked for lateness
 * per reporting period.
 */
public final class Recurrence {

  /** Frequencies supported. */
  public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY
  }

  private static final Set<String> PARTS =
      Set.of("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY");
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "MO", DayOfWeek.MONDAY,
          "TU", DayOfWeek.TUESDAY,
          "WE", DayOfWeek.WEDNESDAY,
          "TH", DayOfWeek.THURSDAY,
          "FR", DayOfWeek.FRIDAY,
          "SA", DayOfWeek.SATURDAY,
          "SU", DayOfWeek.SUNDAY);

  /** Longest gap between two occurrences we search (a yearly rule with its interval). */
  private static final int SEARCH_DAYS = 366 * 4 + 1;

  private final String rule;
  private final Frequency frequency;
  private final int interval;
  private final List<Integer> months;
  private final List<Integer> monthDays;
  private final Set<DayOfWeek> weekDays;

  private Recurrence(
      String rule,
      Frequency frequency,
      int interval,
      List<Integer> months,
      List<Integer> monthDays,
      Set<DayOfWeek> weekDays) {
    this.rule = rule;
    this.frequency = frequency;
    this.interval = interval;
    this.months = months;
    this.monthDays = monthDays;
    this.weekDays = weekDays;
  }

  /**
   * Parses a rule.
   *
   * @throws RuleViolation at pointer {@code /recurrence} when the rule is not of the supported
   *     shape
   */
  public static Recurrence parse(String rule) {
    String text = rule == null ? "" : rule.strip().toUpperCase(Locale.ROOT);
    if (text.startsWith("RRULE:")) {
      text = text.substring(6);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0
          || !PARTS.contains(part.substring(0, eq))
          || parts.containsKey(part.substring(0, eq))) {
        throw unsupported(rule);
      }
      parts.put(part.substring(0, eq), part.substring(eq + 1));
    }
    try {
      Frequency frequency = Frequency.valueOf(parts.getOrDefault("FREQ", ""));
      int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
      List<Integer> months = numbers(parts.get("BYMONTH"), 1, 12);
      List<Integer> monthDays = numbers(parts.get("BYMONTHDAY"), -31, 31);
      Set<DayOfWeek> weekDays = EnumSet.noneOf(DayOfWeek.class);
      if (parts.containsKey("BYDAY")) {
        for (String day : parts.get("BYDAY").split(",")) {
          DayOfWeek dow = DAYS.get(day);
          if (dow == null) {
            throw unsupported(rule);
          }
          weekDays.add(dow);
        }
      }
      if (interval < 1
          || interval > 12
          || monthDays.contains(0)
          || (!weekDays.isEmpty() && frequency != Frequency.WEEKLY)
          || (frequency == Frequency.WEEKLY && !monthDays.isEmpty())) {
        throw unsupported(rule);
      }
      return new Recurrence(text, frequency, interval, months, monthDays, weekDays);
    } catch (IllegalArgumentException e) {
      throw unsupported(rule);
    }
  }

  public String rule() {
    return rule;
  }

  /**
   * The first occurrence on or after {@code from} of the series starting on {@code start}; empty
   * when none falls within four years (a rule such as the 31st of February).
   */
  public Optional<LocalDate> nextOn(LocalDate start, LocalDate from) {
    LocalDate day = from.isBefore(start) ? start : from;
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      if (matches(start, day)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private boolean matches(LocalDate start, LocalDate day) {
    List<Integer> byMonth = months.isEmpty() ? List.of(start.getMonthValue()) : months;
    List<Integer> byMonthDay = monthDays.isEmpty() ? List.of(start.getDayOfMonth()) : monthDays;
    return switch (frequency) {
      case DAILY ->
          ChronoUnit.DAYS.between(start, day) % interval == 0
              && (months.isEmpty() || months.contains(day.getMonthValue()));
      case WEEKLY ->
          (weekDays.isEmpty()
                  ? day.getDayOfWeek() == start.getDayOfWeek()
                  : weekDays.contains(day.getDayOfWeek()))
              && ChronoUnit.WEEKS.between(start.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY))
                      % interval
                  == 0;
      case MONTHLY ->
          (months.isEmpty() || months.contains(day.getMonthValue()))
              && isMonthDay(day, byMonthDay)
              && monthsBetween(start, day) % interval == 0;
      case YEARLY ->
          byMonth.contains(day.getMonthValue())
              && isMonthDay(day, byMonthDay)
              && (day.getYear() - start.getYear()) % interval == 0;
    };
  }

  private static boolean isMonthDay(LocalDate day, List<Integer> byMonthDay) {
    int length = day.lengthOfMonth();
    for (int d : byMonthDay) {
      int resolved = d > 0 ? d : length + d + 1;
      if (resolved == day.getDayOfMonth()) {
        return true;
      }
    }
    return false;
  }

  private static long monthsBetween(LocalDate start, LocalDate day) {
    return (day.getYear() - start.getYear()) * 12L + day.getMonthValue() - start.getMonthValue();
  }

  private static List<Integer> numbers(String list, int min, int max) {
    if (list == null) {
      return List.of();
    }
    List<Integer> values = new ArrayList<>();
    for (String item : list.split(",")) {
      int value = Integer.parseInt(item.strip());
      if (value < min || value > max) {
        throw new IllegalArgumentException("out of range");
      }
      values.add(value);
    }
    return List.copyOf(values);
  }

  private static RuleViolation unsupported(String rule) {
    return Plan.refusal(
        "/recurrence",
        "unsupported-recurrence",
        "A recurrence is an RRULE with FREQ=DAILY|WEEKLY|MONTHLY|YEARLY and optional INTERVAL,"
            + " BYMONTH, BYMONTHDAY, BYDAY (weekly): "
            + rule);
  }

  @Override
  public String toString() {
    return rule;
  }
}
