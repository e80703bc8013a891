package vn.edu.platform.starter.imports.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * One data row of an uploaded file, its cells keyed by {@link ImportColumn#key()}.
 *
 * <p>{@link #rowNumber()} is the row as a spreadsheet shows it: the header is row 1, so the first
 * data row is usually 2, and a CSV cell spanning several lines still counts as one row. Cell values
 * are trimmed and NFC-normalised (Vietnamese text typed on different keyboards compares equal); an
 * empty cell is absent from {@link #byColumnKey()}. XLSX dates arrive as ISO-8601 ({@code
 * 2024-09-05}), numbers without exponent or trailing zeros.
 */
public final class ImportRow {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final long rowNumber;
  private final Map<String, String> byColumnKey;
  private final Map<String, String> headerByKey;
  private final Locale locale;

  /**
   * @param headerByKey each column's header, shared by all the rows of a file
   * @param locale the language of the messages built by {@link #check()}
   */
  public ImportRow(
      long rowNumber,
      Map<String, String> byColumnKey,
      Map<String, String> headerByKey,
      Locale locale) {
    this.rowNumber = rowNumber;
    this.byColumnKey = Map.copyOf(byColumnKey);
    this.headerByKey = headerByKey;
    this.locale = locale;
  }

  /** A row for a definition's own unit tests, with Vietnamese messages. */
  public static ImportRow of(
      long rowNumber, Map<String, String> byColumnKey, List<ImportColumn> columns) {
    Map<String, String> headers = new LinkedHashMap<>();
    columns.forEach(c -> headers.put(c.key(), c.header()));
    return new ImportRow(rowNumber, byColumnKey, Map.copyOf(headers), VIETNAMESE);
  }

  public long rowNumber() {
    return rowNumber;
  }

  public Map<String, String> byColumnKey() {
    return byColumnKey;
  }

  /** The cell's value, or null when the cell is empty or the column absent from the file. */
  public @Nullable String get(String key) {
    return byColumnKey.get(key);
  }

  public Optional<String> value(String key) {
    return Optional.ofNullable(byColumnKey.get(key));
  }

  /** The language row messages should be written in. */
  public Locale locale() {
    return locale;
  }

  /** The header of a column, as the definition declares it. */
  public String header(String key) {
    return headerByKey.getOrDefault(key, key);
  }

  /** A violation located at this row and the given column (null: the whole row). */
  public FieldViolation violation(@Nullable String key, String code, String message) {
    return FieldViolation.ofCell(rowNumber, key == null ? null : header(key), code, message);
  }

  /** Starts validating this row with the common checks and messages. */
  public RowChecks check() {
    return new RowChecks(this);
  }
}
