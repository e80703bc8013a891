package vn.edu.platform.starter.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.starter.imports.spi.ImportColumn;

class XlsxTabularReaderTests {

  @TempDir Path dir;

  @Test
  void readsCellsOfTheFirstSheetAsStringsWithDatesInIso() throws Exception {
    Path file =
        workbook(
            sheet -> {
              sheet.value(0, 0, "Mã đơn vị");
              sheet.value(0, 1, "Ngày thành lập");
              sheet.value(0, 2, "Số học sinh");
              sheet.value(0, 3, "Đang hoạt động");
              sheet.value(0, 4, "Cập nhật lúc");
              sheet.value(1, 0, "S311002");
              sheet.value(1, 1, LocalDate.of(1998, 9, 5));
              sheet.style(1, 1).format("dd/mm/yyyy").set();
              sheet.value(1, 2, 850);
              sheet.value(1, 3, true);
              sheet.value(1, 4, LocalDateTime.of(2025, 7, 1, 8, 30));
              sheet.style(1, 4).format("dd/mm/yyyy hh:mm").set();
              sheet.value(2, 0, "S311003");
              sheet.value(2, 2, 12.50);
            });

    List<RawRow> rows = readAll(file);

    assertThat(rows.get(0).cells()).startsWith("Mã đơn vị", "Ngày thành lập");
    assertThat(rows.get(1).cells())
        .containsExactly("S311002", "1998-09-05", "850", "true", "2025-07-01T08:30");
    assertThat(rows.get(2).cells()).containsExactly("S311003", null, "12.5");
  }

  @Test
  void skipsBlankRowsButKeepsTheRowNumbersExcelShows() throws Exception {
    Path file =
        workbook(
            sheet -> {
              sheet.value(0, 0, "Mã đơn vị");
              sheet.value(1, 0, "S1");
              sheet.value(2, 0, "  ");
              sheet.value(4, 0, "S2");
            });

    assertThat(readAll(file)).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 5L);
  }

  @Test
  void mapsDecomposedVietnameseHeadersAndCellsToNfc() throws Exception {
    String header = Normalizer.normalize("tên đơn vị", Normalizer.Form.NFD);
    String value = Normalizer.normalize("Trường Mầm non Sao Biển", Normalizer.Form.NFD);
    Path file =
        workbook(
            sheet -> {
              sheet.value(0, 0, "MÃ ĐƠN VỊ ");
              sheet.value(0, 1, header);
              sheet.value(1, 0, "S1");
              sheet.value(1, 1, value);
            });
    List<ImportColumn> columns =
        List.of(
            ImportColumn.required("code", "Mã đơn vị", "", ""),
            ImportColumn.required("name", "Tên đơn vị", "", ""));

    try (TabularReader reader = TabularReader.open(ImportFormat.XLSX, file, 1000)) {
      HeaderMapping mapping = HeaderMapping.resolve(reader.header(), columns, Locale.ROOT);
      var row = mapping.toImportRow(reader.next(), Locale.ROOT);

      assertThat(row.rowNumber()).isEqualTo(2);
      assertThat(row.get("name")).isEqualTo("Trường Mầm non Sao Biển");
      assertThat(Normalizer.isNormalized(row.get("name"), Normalizer.Form.NFC)).isTrue();
    }
  }

  @Test
  void reportsATruncatedWorkbookAsCorrupt() throws Exception {
    Path good = workbook(sheet -> sheet.value(0, 0, "Mã đơn vị"));
    byte[] bytes = Files.readAllBytes(good);
    Path truncated =
        Files.write(dir.resolve("broken.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> readAll(truncated))
        .isInstanceOf(ImportFileException.class)
        .extracting(e -> ((ImportFileException) e).code())
        .isEqualTo("corrupt-file");
  }

  @Test
  void reportsTextThatIsNoWorkbookAsCorrupt() throws Exception {
    Path text = Files.write(dir.resolve("text.xlsx"), "Mã,Tên\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> readAll(text))
        .isInstanceOf(ImportFileException.class)
        .extracting(e -> ((ImportFileException) e).code())
        .isEqualTo("corrupt-file");
  }

  interface SheetWriter {
    void write(Worksheet sheet);
  }

  private Path workbook(SheetWriter content) throws IOException {
    Path file = Files.createTempFile(dir, "t", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      content.write(workbook.newWorksheet("Dữ liệu"));
      workbook.newWorksheet("Khác").value(0, 0, "not read");
      workbook.finish();
    }
    return file;
  }

  private static List<RawRow> readAll(Path file) throws ImportFileException {
    List<RawRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(ImportFormat.XLSX, file, 1000)) {
      rows.add(reader.header());
      RawRow row;
      while ((row = reader.next()) != null) {
        rows.add(row);
      }
    }
    return rows;
  }
}
