package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import vn.edu.platform.events.NullableField;

/**
 * A reporting period (kỳ báo cáo) of a progress report and the date its report is due.
 *
 * @param type the kind of period
 * @param code the period in the notation of its {@link Type}: {@code 2026-03}, {@code 2026-Q1},
 *     {@code 2026-H1}, {@code 2026} or {@code 2025-2026}
 * @param dueOn the last day a report for this period counts as on time (e.g. communes and schools
 *     report before 10 November each year)
 * @param startsOn the period's first day (a school year starts on 1 September); added within
 *     version 1, so absent from events published before it and nullable; set together with {@code
 *     endsOn}
 * @param endsOn the period's last day, inclusive (a school year ends on 31 May)
 */
public record ReportingPeriod(
    Type type,
    String code,
    LocalDate dueOn,
    @NullableField LocalDate startsOn,
    @NullableField LocalDate endsOn) {

  /** Kinds of reporting period; each has its own code notation and the notations never overlap. */
  public enum Type {
    /** A calendar month: {@code 2026-03}. */
    MONTH("^[0-9]{4}-(0[1-9]|1[0-2])$"),
    /** A calendar quarter: {@code 2026-Q1}. */
    QUARTER("^[0-9]{4}-Q[1-4]$"),
    /** A calendar half year: {@code 2026-H1}. */
    HALF_YEAR("^[0-9]{4}-H[12]$"),
    /** A calendar year: {@code 2026}. */
    YEAR("^[0-9]{4}$"),
    /** A school year (năm học), September to May: {@code 2025-2026}. */
    SCHOOL_YEAR("^[0-9]{4}-[0-9]{4}$");

    private final Pattern pattern;

    Type(String regex) {
      this.pattern = Pattern.compile(regex);
    }

    /** The regular expression of this type's codes (the same one the JSON Schemas use). */
    public String regex() {
      return pattern.pattern();
    }

    /** Whether {@code code} is a well-formed period of this type. */
    public boolean accepts(String code) {
      if (code == null || !pattern.matcher(code).matches()) {
        return false;
      }
      if (this == SCHOOL_YEAR) {
        int start = Integer.parseInt(code.substring(0, 4));
        int end = Integer.parseInt(code.substring(5));
        return end == start + 1;
      }
      return true;
    }

    /**
     * The type of a period code.
     *
     * @throws IllegalArgumentException if the code fits no type
     */
    public static Type ofCode(String code) {
      return Arrays.stream(values())
          .filter(type -> type.accepts(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("not a reporting period code: " + code));
    }
  }

  public ReportingPeriod {
    required(type, "period type");
    code = text(code, "period code");
    required(dueOn, "period dueOn");
    check(type.accepts(code), "period code " + code + " is not a " + type + " code");
    check((startsOn == null) == (endsOn == null), "period startsOn and endsOn are set together");
    check(startsOn == null || !endsOn.isBefore(startsOn), "period endsOn is before startsOn");
  }
}
