package vn.edu.platform.starter.imports.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.spi.ImportMessages;

/**
 * Writes a job's error report as CSV, one line per violation (row, column, code, message), UTF-8
 * with a byte-order mark so that Excel shows the Vietnamese messages; rows are written as they are
 * read from the database, so a report of a million errors streams in constant memory.
 */
public final class ErrorReportWriter {

  private final CSVPrinter printer;

  public ErrorReportWriter(OutputStream out, Locale locale) throws IOException {
    out.write(TemplateWriter.UTF8_BOM);
    this.printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    printer.printRecord(
        label(locale, "row"),
        label(locale, "column"),
        label(locale, "code"),
        label(locale, "message"));
  }

  public void write(long row, @Nullable String column, String code, String message) {
    try {
      printer.printRecord(row, column == null ? "" : column, code, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void finish() throws IOException {
    printer.flush();
  }

  private static String label(Locale locale, String key) {
    return ImportMessages.get(locale, "import.report." + key);
  }
}
