package vn.edu.platform.starter.imports.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of an import file.
 *
 * @param key stable name the definition reads the cell by (camelCase or kebab-case, e.g. {@code
 *     unitCode}); never shown to users, also accepted as a header
 * @param header the header as the template and the file show it, e.g. {@code Mã đơn vị}
 * @param required whether the header must be present in the file (whether each cell must be filled
 *     in is the definition's rule: a required column may still allow empty cells)
 * @param description what to fill in, shown in the template's second sheet and in the API
 * @param example the value of the template's example row
 */
public record ImportColumn(
    String key, String header, boolean required, String description, String example) {

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9-]*");

  public ImportColumn {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(example, "example");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Column key must match " + KEY + ": " + key);
    }
    if (header.isBlank()) {
      throw new IllegalArgumentException("Column header must not be blank: " + key);
    }
  }

  public static ImportColumn required(
      String key, String header, String description, String example) {
    return new ImportColumn(key, header, true, description, example);
  }

  public static ImportColumn optional(
      String key, String header, String description, String example) {
    return new ImportColumn(key, header, false, description, example);
  }
}
