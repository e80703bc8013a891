package vn.edu.platform.starter.imports.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportMessages;

/**
 * Writes the downloadable template of an import type: the header row and one example row. The XLSX
 * template makes the header bold, freezes it, formats the columns as text (so that codes such as
 * {@code 0123} keep their leading zero when a user types them) and lists each column's meaning on a
 * second sheet; the CSV template starts with a byte-order mark so Excel opens it as UTF-8.
 */
public final class TemplateWriter {

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TemplateWriter() {}

  public static void write(
      ImportFormat format, List<ImportColumn> columns, Locale locale, OutputStream out)
      throws IOException {
    switch (format) {
      case CSV -> writeCsv(columns, out);
      case XLSX -> writeXlsx(columns, locale, out);
    }
  }

  private static void writeCsv(List<ImportColumn> columns, OutputStream out) throws IOException {
    out.write(UTF8_BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord(columns.stream().map(ImportColumn::header));
    printer.printRecord(columns.stream().map(ImportColumn::example));
    printer.flush();
  }

  private static void writeXlsx(List<ImportColumn> columns, Locale locale, OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "edu-platform", "1.0");
    Worksheet data = workbook.newWorksheet(label(locale, "data-sheet"));
    for (int c = 0; c < columns.size(); c++) {
      ImportColumn column = columns.get(c);
      data.style(c).format("@").set();
      data.width(c, Math.min(60, Math.max(14, column.header().length() + 4)));
      data.value(0, c, column.header());
      data.style(0, c).bold().fillColor("DDEBF7").set();
      data.value(1, c, column.example());
    }
    data.freezePane(0, 1);

    Worksheet guide = workbook.newWorksheet(label(locale, "guide-sheet"));
    String[] titles = {
      label(locale, "guide.column"),
      label(locale, "guide.required"),
      label(locale, "guide.description"),
      label(locale, "guide.example")
    };
    for (int c = 0; c < titles.length; c++) {
      guide.value(0, c, titles[c]);
      guide.style(0, c).bold().fillColor("DDEBF7").set();
    }
    guide.width(0, 28);
    guide.width(1, 12);
    guide.width(2, 80);
    guide.width(3, 24);
    for (int r = 0; r < columns.size(); r++) {
      ImportColumn column = columns.get(r);
      guide.value(r + 1, 0, column.header());
      guide.value(
          r + 1, 1, label(locale, column.required() ? "guide.required.yes" : "guide.required.no"));
      guide.value(r + 1, 2, column.description());
      guide.style(r + 1, 2).wrapText(true).set();
      guide.value(r + 1, 3, column.example());
    }
    workbook.finish();
  }

  private static String label(Locale locale, String key) {
    return ImportMessages.get(locale, "import.template." + key);
  }
}
