package vn.edu.platform.studentrecord.student.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year (năm học), written {@code 2025-2026}: two calendar years, the second the first plus
 * one. It runs from 1 September to 31 May; the summer before it belongs to it (a student is
 * enrolled in July for September), as in plan-service's reporting periods, so its days are 1 June
 * of the first year to 31 May of the second.
 */
public record SchoolYear(int firstYear) {

  /** The pattern of the text form. */
  public static final String PATTERN = "^[0-9]{4}-[0-9]{4}$";

  private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{4})");

  public SchoolYear {
    if (firstYear < 1990 || firstYear > 9998) {
      throw new IllegalArgumentException("a school year between 1990-1991 and 9998-9999");
    }
  }

  /** The year written {@code 2025-2026}; empty for any other text or a second year not +1. */
  public static Optional<SchoolYear> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(matcher.group(1));
    int second = Integer.parseInt(matcher.group(2));
    if (second != first + 1 || first < 1990 || first > 9998) {
      return Optional.empty();
    }
    return Optional.of(new SchoolYear(first));
  }

  /** The school year a day belongs to (June to August: the one starting in September). */
  public static SchoolYear of(LocalDate day) {
    return new SchoolYear(day.getMonthValue() >= 6 ? day.getYear() : day.getYear() - 1);
  }

  /** 1 June of the first year. */
  public LocalDate firstDay() {
    return LocalDate.of(firstYear, 6, 1);
  }

  /** 31 May of the second year. */
  public LocalDate lastDay() {
    return LocalDate.of(firstYear + 1, 5, 31);
  }

  /** The traditional opening day, 5 September (khai giảng): a bulk import's default start. */
  public LocalDate openingDay() {
    return LocalDate.of(firstYear, 9, 5);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  @Override
  public String toString() {
    return firstYear + "-" + (firstYear + 1);
  }
}
