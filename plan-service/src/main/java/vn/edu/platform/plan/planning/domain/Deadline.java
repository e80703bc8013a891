package vn.edu.platform.plan.planning.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.platform.kernel.RuleViolation;

/**
 * A deadline as the plan states it (thời hạn): exactly the field of its {@code kind} is set. The
 * same shape as the deadline of the public {@code TaskAssigned} event.
 *
 * <p>A month, quarter or year is due by its last day: "Tháng 6/2026" is overdue from 1 July 2026
 * on. A recurring deadline ("thường xuyên") never passes; see {@link Recurrence} for its
 * occurrences.
 *
 * @param recurrence for {@link DeadlineKind#RECURRING}: an RRULE, or null for a task that simply
 *     runs continuously
 */
public record Deadline(
    DeadlineKind kind,
    LocalDate date,
    YearMonth month,
    String quarter,
    Integer year,
    String recurrence) {

  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Checks the shape.
   *
   * @throws RuleViolation with pointers relative to the deadline object
   */
  public Deadline {
    if (kind == null) {
      throw Plan.refusal("/kind", "required", "A deadline has a kind");
    }
    quarter = Texts.nfc(quarter);
    recurrence = Texts.nfc(recurrence);
    requireOnly(kind == DeadlineKind.DATE, date != null, "date");
    requireOnly(kind == DeadlineKind.MONTH, month != null, "month");
    requireOnly(kind == DeadlineKind.QUARTER, quarter != null, "quarter");
    requireOnly(kind == DeadlineKind.YEAR, year != null, "year");
    if (kind != DeadlineKind.RECURRING && recurrence != null) {
      throw Plan.refusal(
          "/recurrence", "recurring-only", "Only a recurring deadline has a recurrence");
    }
    if (quarter != null && !QUARTER.matcher(quarter).matches()) {
      throw Plan.refusal("/quarter", "invalid-quarter", "A quarter is written like 2026-Q2");
    }
    if (year != null && (year < 1900 || year > 9999)) {
      throw Plan.refusal("/year", "invalid-year", "A year has four digits");
    }
    if (recurrence != null) {
      recurrence = Recurrence.parse(recurrence).rule();
    }
  }

  private static void requireOnly(boolean ofKind, boolean present, String field) {
    if (ofKind && !present) {
      throw Plan.refusal("/" + field, "required", "This kind of deadline needs " + field);
    }
    if (!ofKind && present) {
      throw Plan.refusal(
          "/" + field, "not-of-kind", "Only one field of a deadline, that of its kind, is set");
    }
  }

  public static Deadline on(LocalDate date) {
    return new Deadline(DeadlineKind.DATE, date, null, null, null, null);
  }

  public static Deadline in(YearMonth month) {
    return new Deadline(DeadlineKind.MONTH, null, month, null, null, null);
  }

  public static Deadline inQuarter(int year, int quarter) {
    return new Deadline(DeadlineKind.QUARTER, null, null, year + "-Q" + quarter, null, null);
  }

  public static Deadline inYear(int year) {
    return new Deadline(DeadlineKind.YEAR, null, null, null, year, null);
  }

  public static Deadline recurring(String rrule) {
    return new Deadline(DeadlineKind.RECURRING, null, null, null, null, rrule);
  }

  /** The last day the work counts as on time; empty for a recurring deadline. */
  public Optional<LocalDate> lastDay() {
    return switch (kind) {
      case DATE -> Optional.of(date);
      case MONTH -> Optional.of(month.atEndOfMonth());
      case QUARTER -> {
        Matcher m = QUARTER.matcher(quarter);
        m.matches();
        int q = Integer.parseInt(m.group(2));
        yield Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), q * 3).atEndOfMonth());
      }
      case YEAR -> Optional.of(LocalDate.of(year, 12, 31));
      case RECURRING -> Optional.empty();
    };
  }

  /** Whether work not completed by the end of {@code today}'s eve is late. */
  public boolean hasPassed(LocalDate today) {
    return lastDay().map(last -> last.isBefore(today)).orElse(false);
  }

  /** The schedule of a recurring deadline, if it has one. */
  public Optional<Recurrence> schedule() {
    return recurrence == null ? Optional.empty() : Optional.of(Recurrence.parse(recurrence));
  }

  /** The value of the deadline in one string (for storage): {@code 2026-06}, {@code 2026-Q2}. */
  public String value() {
    return switch (kind) {
      case DATE -> date.toString();
      case MONTH -> month.toString();
      case QUARTER -> quarter;
      case YEAR -> year.toString();
      case RECURRING -> null;
    };
  }

  /** Rebuilds a deadline from {@link #kind}, {@link #value()} and the recurrence. */
  public static Deadline of(DeadlineKind kind, String value, String recurrence) {
    return switch (kind) {
      case DATE -> on(LocalDate.parse(value));
      case MONTH -> in(YearMonth.parse(value));
      case QUARTER -> new Deadline(kind, null, null, value, null, null);
      case YEAR -> inYear(Integer.parseInt(value));
      case RECURRING -> recurring(recurrence);
    };
  }

  /** As the plans write it: "30/08/2025", "Tháng 6/2026", "Quý III/2025", "Năm 2027". */
  public String label() {
    return switch (kind) {
      case DATE -> date.format(DAY);
      case MONTH -> "Tháng " + month.getMonthValue() + "/" + month.getYear();
      case QUARTER -> {
        Matcher m = QUARTER.matcher(quarter);
        m.matches();
        yield "Quý " + ROMAN[Integer.parseInt(m.group(2)) - 1] + "/" + m.group(1);
      }
      case YEAR -> "Năm " + year;
      case RECURRING -> recurrence == null ? "Thường xuyên" : "Thường xuyên (" + recurrence + ")";
    };
  }
}
