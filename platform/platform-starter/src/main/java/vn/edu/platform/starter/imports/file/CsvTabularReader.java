package vn.edu.platform.starter.imports.file;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * CSV through Commons CSV: strict UTF-8 (a file saved in a legacy code page fails with {@code
 * invalid-encoding} instead of importing mojibake), the byte-order mark Excel writes is skipped,
 * the delimiter is whichever of {@code ,} {@code ;} or tab occurs most in the header line outside
 * quotes (Excel with a Vietnamese regional setting saves with {@code ;}), RFC 4180 quoting with
 * multi-line cells. Empty lines are not ignored by the parser but skipped here, so that record
 * numbers stay equal to the row numbers a spreadsheet shows.
 */
final class CsvTabularReader extends HeaderFirstReader {

  private static final int BUFFER = 1 << 16;
  private static final int MAX_HEADER_SCAN = BUFFER - 1;

  private final RecordBudgetReader budget;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  CsvTabularReader(Path file, int maxRecordChars) throws ImportFileException {
    InputStream in = null;
    try {
      in = Files.newInputStream(file);
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
      skipByteOrderMark(reader);
      char delimiter = detectDelimiter(reader);
      this.budget = new RecordBudgetReader(reader, maxRecordChars);
      CSVFormat format =
          CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
      this.parser = CSVParser.builder().setReader(budget).setFormat(format).get();
      this.records = parser.iterator();
    } catch (IOException e) {
      closeQuietly(in);
      throw failure(e, 1L);
    }
  }

  @Override
  protected @Nullable RawRow read() throws ImportFileException {
    while (true) {
      budget.startRecord();
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        throw failure(e.getCause(), parser.getRecordNumber() + 1);
      } catch (IllegalStateException e) {
        throw failure(e.getCause(), parser.getRecordNumber() + 1);
      }
      List<@Nullable String> cells = new ArrayList<>(record.size());
      record.forEach(cells::add);
      RawRow row = new RawRow(record.getRecordNumber(), cells);
      if (!row.isBlank()) {
        return row;
      }
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // nothing was written: a failed close of a read-only file loses nothing
    }
  }

  private static ImportFileException failure(@Nullable Throwable cause, long row) {
    if (cause instanceof CharacterCodingException) {
      return new ImportFileException("invalid-encoding", row, cause);
    }
    if (cause instanceof RecordTooLargeException) {
      return new ImportFileException("record-too-large", row, cause);
    }
    if (cause instanceof CSVException) {
      // broken quoting: "EOF reached before encapsulated token finished", "invalid char between
      // encapsulated token and delimiter"
      return new ImportFileException("malformed-csv", row, cause);
    }
    return new ImportFileException("unreadable-file", row, cause);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  static char detectDelimiter(BufferedReader reader) throws IOException {
    reader.mark(MAX_HEADER_SCAN + 1);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < MAX_HEADER_SCAN; i++) {
      int c = reader.read();
      if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    reader.reset();
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing with a better exception
      }
    }
  }

  /** Signals a CSV record longer than the configured budget. */
  static final class RecordTooLargeException extends IOException {
    RecordTooLargeException() {
      super("CSV record exceeds the configured maximum size");
    }
  }

  /**
   * Counts the characters the parser pulls for the current record and stops it past the budget. The
   * parser reads ahead in blocks, so the budget is approximate by one block, which is fine for its
   * purpose: bounding memory.
   */
  static final class RecordBudgetReader extends FilterReader {
    private final long budget;
    private long used;

    RecordBudgetReader(Reader in, long budget) {
      super(in);
      this.budget = budget;
    }

    void startRecord() {
      used = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c != -1) {
        spend(1);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        spend(n);
      }
      return n;
    }

    private void spend(int n) throws RecordTooLargeException {
      used += n;
      if (used > budget) {
        throw new RecordTooLargeException();
      }
    }
  }
}
