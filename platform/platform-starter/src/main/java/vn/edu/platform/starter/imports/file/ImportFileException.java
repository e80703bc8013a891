package vn.edu.platform.starter.imports.file;

import org.jspecify.annotations.Nullable;

/**
 * A problem with the file as a whole (not with a row's values): bad encoding, broken CSV quoting, a
 * corrupt workbook, no header. Found at upload it rejects the upload; found while a job runs it
 * fails the job with {@link #code()} before any row is applied (the job's first pass reads the
 * whole file).
 */
public class ImportFileException extends Exception {

  private final String code;
  private final @Nullable Long row;

  /**
   * @param code stable kebab-case code: {@code invalid-encoding}, {@code malformed-csv}, {@code
   *     record-too-large}, {@code corrupt-file}, {@code missing-header}, {@code unreadable-file}
   * @param row the row (CSV: the line) where it was found, when known
   */
  public ImportFileException(String code, @Nullable Long row, @Nullable Throwable cause) {
    // the cause's message may quote file content: it stays out of ours, which may be logged
    super(code + (row == null ? "" : " at row " + row), cause);
    this.code = code;
    this.row = row;
  }

  public String code() {
    return code;
  }

  public @Nullable Long row() {
    return row;
  }
}
