package vn.edu.platform.starter.imports.spi;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * Collects the violations of one row so that a definition reports every bad cell at once, with the
 * platform's codes and messages ({@code required}, {@code too-long}, {@code invalid-format}, {@code
 * invalid-date}, {@code invalid-number}, {@code out-of-range}, {@code not-allowed-value}).
 *
 * <pre>{@code
 * RowChecks check = row.check();
 * String code = check.matching("unitCode", true, UNIT_CODE);
 * String name = check.text("name", true, 255);
 * LocalDate founded = check.date("founded", false);
 * return check.outcome(() -> new Unit(code, name, founded));
 * }</pre>
 */
public final class RowChecks {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private final ImportRow row;
  private final List<FieldViolation> violations = new ArrayList<>(2);

  RowChecks(ImportRow row) {
    this.row = row;
  }

  /** A text cell, at most {@code maxLength} characters. */
  public @Nullable String text(String key, boolean required, int maxLength) {
    String value = present(key, required);
    if (value != null && value.length() > maxLength) {
      reject(key, "too-long", message("too-long", row.header(key), maxLength));
      return null;
    }
    return value;
  }

  /** A cell that must match {@code pattern} as a whole (codes, phone numbers). */
  public @Nullable String matching(String key, boolean required, Pattern pattern) {
    String value = present(key, required);
    if (value != null && !pattern.matcher(value).matches()) {
      reject(key, "invalid-format", message("invalid-format", row.header(key)));
      return null;
    }
    return value;
  }

  /**
   * A date written as ISO-8601 ({@code 2024-09-05}, what XLSX date cells become) or as Vietnamese
   * users write it ({@code 05/09/2024}, day first).
   */
  public @Nullable LocalDate date(String key, boolean required) {
    String value = present(key, required);
    if (value == null) {
      return null;
    }
    try {
      return value.indexOf('/') >= 0
          ? LocalDate.parse(value, DAY_MONTH_YEAR)
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      reject(key, "invalid-date", message("invalid-date", row.header(key)));
      return null;
    }
  }

  /** A whole number between {@code min} and {@code max} inclusive. */
  public @Nullable Long integer(String key, boolean required, long min, long max) {
    String value = present(key, required);
    if (value == null) {
      return null;
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      reject(key, "invalid-number", message("invalid-number", row.header(key)));
      return null;
    }
    if (number < min || number > max) {
      reject(key, "out-of-range", message("out-of-range", row.header(key), min, max));
      return null;
    }
    return number;
  }

  /**
   * One of the allowed values, compared ignoring case and diacritics ({@code nu} matches {@code
   * Nữ}); returns the allowed value as written in {@code allowed}.
   */
  public @Nullable String oneOf(String key, boolean required, Collection<String> allowed) {
    String value = present(key, required);
    if (value == null) {
      return null;
    }
    String wanted = fold(value);
    for (String candidate : allowed) {
      if (fold(candidate).equals(wanted)) {
        return candidate;
      }
    }
    reject(
        key,
        "not-allowed-value",
        message("not-allowed-value", row.header(key), String.join(", ", allowed)));
    return null;
  }

  /** Adds a violation of the definition's own (column null: the whole row). */
  public RowChecks reject(@Nullable String key, String code, String message) {
    violations.add(row.violation(key, code, message));
    return this;
  }

  public boolean ok() {
    return violations.isEmpty();
  }

  public List<FieldViolation> violations() {
    return List.copyOf(violations);
  }

  /** The valid value (built only when every check passed) or the collected violations. */
  public <R> RowOutcome<R> outcome(Supplier<R> value) {
    return violations.isEmpty() ? RowOutcome.valid(value.get()) : RowOutcome.invalid(violations);
  }

  private @Nullable String present(String key, boolean required) {
    String value = row.get(key);
    if (value == null && required) {
      reject(key, "required", message("required", row.header(key)));
    }
    return value;
  }

  private String message(String code, Object... args) {
    return ImportMessages.get(row.locale(), "import.row." + code, args);
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return COMBINING_MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
