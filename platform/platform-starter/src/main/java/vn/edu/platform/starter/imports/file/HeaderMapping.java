package vn.edu.platform.starter.imports.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportMessages;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * Which file column holds which {@link ImportColumn}, resolved once from the header row.
 *
 * <p>A header matches a column by its header or its key, compared with {@link
 * CellValues#foldHeader}. Unknown and duplicated headers are errors, not ignored: a misspelt
 * optional column would otherwise be dropped silently and the user would believe it imported. Cells
 * under a blank header are ignored (Excel keeps formatting in trailing columns).
 */
public final class HeaderMapping {

  private final @Nullable String[] keyByIndex;
  private final Map<String, String> headerByKey;
  private final long headerRow;

  private HeaderMapping(
      @Nullable String[] keyByIndex, Map<String, String> headerByKey, long headerRow) {
    this.keyByIndex = keyByIndex;
    this.headerByKey = headerByKey;
    this.headerRow = headerRow;
  }

  /**
   * Maps the header row onto the columns.
   *
   * @throws HeaderMismatchException listing every unknown, duplicated and missing required header
   */
  public static HeaderMapping resolve(RawRow header, List<ImportColumn> columns, Locale locale)
      throws HeaderMismatchException {
    Map<String, ImportColumn> byFolded = new HashMap<>();
    Map<String, String> headerByKey = new LinkedHashMap<>();
    for (ImportColumn column : columns) {
      byFolded.put(CellValues.foldHeader(column.header()), column);
      byFolded.putIfAbsent(CellValues.foldHeader(column.key()), column);
      headerByKey.put(column.key(), column.header());
    }
    List<FieldViolation> violations = new ArrayList<>();
    @Nullable String[] keyByIndex = new String[header.cells().size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < keyByIndex.length; i++) {
      String text = CellValues.clean(header.cells().get(i));
      if (text == null) {
        continue;
      }
      ImportColumn column = byFolded.get(CellValues.foldHeader(text));
      if (column == null) {
        violations.add(
            violation(header.rowNumber(), text, "unknown-column", locale, text, allowed(columns)));
      } else if (seen.putIfAbsent(column.key(), i) != null) {
        violations.add(violation(header.rowNumber(), text, "duplicate-column", locale, text));
      } else {
        keyByIndex[i] = column.key();
      }
    }
    for (ImportColumn column : columns) {
      if (column.required() && !seen.containsKey(column.key())) {
        violations.add(
            violation(
                header.rowNumber(),
                column.header(),
                "missing-required-column",
                locale,
                column.header()));
      }
    }
    if (!violations.isEmpty()) {
      throw new HeaderMismatchException(violations);
    }
    return new HeaderMapping(keyByIndex, Map.copyOf(headerByKey), header.rowNumber());
  }

  /** The row number of the header (usually 1). */
  public long headerRow() {
    return headerRow;
  }

  /** Each column's header as the definition declares it. */
  public Map<String, String> headerByKey() {
    return headerByKey;
  }

  /** The row's cleaned cells by column key; empty cells are left out. */
  public ImportRow toImportRow(RawRow raw, Locale locale) {
    Map<String, String> values = HashMap.newHashMap(keyByIndex.length);
    int width = Math.min(keyByIndex.length, raw.cells().size());
    for (int i = 0; i < width; i++) {
      String key = keyByIndex[i];
      if (key != null) {
        String value = CellValues.clean(raw.cells().get(i));
        if (value != null) {
          values.put(key, value);
        }
      }
    }
    return new ImportRow(raw.rowNumber(), values, headerByKey, locale);
  }

  private static String allowed(List<ImportColumn> columns) {
    List<String> headers = new ArrayList<>();
    columns.forEach(c -> headers.add(c.header()));
    return String.join(", ", headers);
  }

  private static FieldViolation violation(
      long row, String column, String code, Locale locale, Object... args) {
    return FieldViolation.ofCell(
        row, column, code, ImportMessages.get(locale, "import.header." + code, args));
  }

  /** The header row does not fit the import type. */
  public static final class HeaderMismatchException extends Exception {
    private final List<FieldViolation> violations;

    HeaderMismatchException(List<FieldViolation> violations) {
      super("header mismatch: " + violations.size() + " problem(s)");
      this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
      return violations;
    }
  }
}
