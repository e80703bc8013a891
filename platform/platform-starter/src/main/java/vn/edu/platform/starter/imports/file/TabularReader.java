package vn.edu.platform.starter.imports.file;

import java.io.Closeable;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a stored file: the header first, then the non-blank data rows in order. Blank
 * rows are skipped but keep their numbers, so row numbers match what the user sees.
 */
public interface TabularReader extends Closeable {

  /** The first non-blank row. */
  RawRow header() throws ImportFileException;

  /** The next non-blank row after the header, or null at the end of the file. */
  @Nullable RawRow next() throws ImportFileException;

  @Override
  void close();

  /**
   * Opens a reader.
   *
   * @param maxRecordChars the most characters one CSV record may take (a cap on memory: without it
   *     a single unbalanced quote would make the parser buffer the rest of the file)
   */
  static TabularReader open(ImportFormat format, Path file, int maxRecordChars)
      throws ImportFileException {
    return switch (format) {
      case CSV -> new CsvTabularReader(file, maxRecordChars);
      case XLSX -> new XlsxTabularReader(file);
    };
  }
}
