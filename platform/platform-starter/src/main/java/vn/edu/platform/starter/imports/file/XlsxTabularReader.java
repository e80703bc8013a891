package vn.edu.platform.starter.imports.file;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * XLSX through fastexcel-reader: the first sheet's XML is read as a stream from the stored file
 * (random access into the zip, never the whole file in memory). Cell formats are read so that a
 * date cell, which the file stores as a day number, becomes ISO-8601 text instead of {@code 45539}.
 *
 * <p>Limitation: fastexcel keeps the shared strings it has met in memory, so a huge workbook with
 * millions of distinct texts needs memory in proportion; CSV has no such cost and is the format to
 * recommend for very large files.
 */
final class XlsxTabularReader extends HeaderFirstReader {

  // built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30)
  private static final int[][] BUILT_IN_DATE_FORMATS = {{14, 22}, {27, 36}, {45, 47}, {50, 58}};
  private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");
  private static final Pattern DATE_TOKENS = Pattern.compile("[ymdhsYMDHS]");
  private static final LocalDateTime EPOCH_1900 = LocalDate.of(1899, 12, 30).atStartOfDay();
  private static final LocalDateTime EPOCH_1904 = LocalDate.of(1904, 1, 1).atStartOfDay();

  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;
  private long lastRow;

  XlsxTabularReader(Path file) throws ImportFileException {
    ReadableWorkbook opened = null;
    try {
      opened = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
      this.workbook = opened;
      this.rows = opened.getFirstSheet().openStream();
      this.iterator = rows.iterator();
    } catch (IOException | RuntimeException e) {
      closeQuietly(opened);
      throw new ImportFileException("corrupt-file", null, e);
    }
  }

  @Override
  protected @Nullable RawRow read() throws ImportFileException {
    try {
      while (iterator.hasNext()) {
        Row row = iterator.next();
        lastRow = row.getRowNum();
        List<@Nullable String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(text(row.getCell(i), workbook.isDate1904()));
        }
        RawRow raw = new RawRow(row.getRowNum(), cells);
        if (!raw.isBlank()) {
          return raw;
        }
      }
      return null;
    } catch (RuntimeException e) {
      throw new ImportFileException("corrupt-file", lastRow + 1, e);
    }
  }

  @Override
  public void close() {
    rows.close();
    closeQuietly(workbook);
  }

  static @Nullable String text(@Nullable Cell cell, boolean date1904) {
    if (cell == null) {
      return null;
    }
    Object value = cell.getValue();
    return switch (cell.getType()) {
      case EMPTY -> null;
      case STRING -> value == null ? null : value.toString();
      case ERROR -> cell.getRawValue();
      case BOOLEAN -> String.valueOf(value);
      case NUMBER, FORMULA -> {
        if (value instanceof BigDecimal number) {
          yield isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
              ? isoDate(number, date1904)
              : plain(number);
        }
        yield value == null ? cell.getRawValue() : value.toString();
      }
    };
  }

  static boolean isDateFormat(@Nullable Integer formatId, @Nullable String formatString) {
    if (formatId != null) {
      for (int[] range : BUILT_IN_DATE_FORMATS) {
        if (formatId >= range[0] && formatId <= range[1]) {
          return true;
        }
      }
    }
    if (formatString == null) {
      return false;
    }
    String unquoted = QUOTED_OR_BRACKETED.matcher(formatString).replaceAll("");
    return DATE_TOKENS.matcher(unquoted).find();
  }

  static String isoDate(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    LocalDateTime epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    if (!date1904 && days < 61) {
      // Excel counts a 29 February 1900 that never was: serials before it are one day off
      epoch = epoch.plusDays(1);
    }
    long seconds =
        serial
            .subtract(BigDecimal.valueOf(days))
            .multiply(BigDecimal.valueOf(86_400))
            .setScale(0, RoundingMode.HALF_UP)
            .longValue();
    LocalDateTime moment = epoch.plusDays(days).plusSeconds(seconds);
    return seconds == 0 ? moment.toLocalDate().toString() : moment.toString();
  }

  static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // read-only
      }
    }
  }
}
