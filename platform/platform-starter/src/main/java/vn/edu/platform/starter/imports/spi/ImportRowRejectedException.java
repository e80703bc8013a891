package vn.edu.platform.starter.imports.spi;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link ImportDefinition#apply} when a row can only be refused at apply time (e.g. the
 * parent unit it names does not exist). The framework then isolates the row by bisecting the chunk
 * and reports it with this code, column and message; the rest of the chunk is kept.
 */
public class ImportRowRejectedException extends RuntimeException {

  private final String code;
  private final @Nullable String columnKey;

  /**
   * @param code stable kebab-case code shown in the error report
   * @param columnKey the column at fault, or null for the whole row
   * @param message for people, in the report language; never logged
   */
  public ImportRowRejectedException(String code, @Nullable String columnKey, String message) {
    super(message, null, false, false);
    this.code = code;
    this.columnKey = columnKey;
  }

  public String code() {
    return code;
  }

  public @Nullable String columnKey() {
    return columnKey;
  }
}
