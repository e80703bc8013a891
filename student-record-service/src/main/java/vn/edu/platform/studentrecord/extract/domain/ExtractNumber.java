package vn.edu.platform.studentrecord.extract.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of an extract (số trích lục) in its school's register of extracts of a school year:
 * the school's code, the year and a sequence from 1 without gaps, e.g. {@code
 * S311002-2025-2026-000123}.
 */
public record ExtractNumber(String value) {

  /** The school's code (letters, digits, hyphens), the year, and six digits or more. */
  public static final String REGEX = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*-[0-9]{4}-[0-9]{4}-[0-9]{6,}$";

  public static final Pattern FORMAT = Pattern.compile(REGEX);

  private static final Pattern SCHOOL_YEAR = Pattern.compile("^[0-9]{4}-[0-9]{4}$");

  public ExtractNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not an extract number: " + value);
    }
  }

  /** The {@code sequence}-th extract of the school's year. */
  public static ExtractNumber of(String schoolCode, String schoolYear, long sequence) {
    if (!SCHOOL_YEAR.matcher(schoolYear).matches()) {
      throw new IllegalArgumentException("not a school year: " + schoolYear);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("sequences start at 1: " + sequence);
    }
    return new ExtractNumber(schoolCode + "-" + schoolYear + "-" + "%06d".formatted(sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
