package vn.edu.platform.starter.imports.file;

import org.jspecify.annotations.Nullable;

/**
 * What every format shares: the first non-blank row is the header, read once, and data rows follow
 * it. A format only says how to read its next non-blank row.
 */
abstract class HeaderFirstReader implements TabularReader {

  private @Nullable RawRow header;

  /** The next non-blank row of the file, or null at its end. */
  protected abstract @Nullable RawRow read() throws ImportFileException;

  @Override
  public final RawRow header() throws ImportFileException {
    if (header == null) {
      RawRow first = read();
      if (first == null) {
        throw new ImportFileException("missing-header", 1L, null);
      }
      header = first;
    }
    return header;
  }

  @Override
  public final @Nullable RawRow next() throws ImportFileException {
    header();
    return read();
  }
}
