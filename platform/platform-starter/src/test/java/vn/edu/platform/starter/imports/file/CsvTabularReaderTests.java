package vn.edu.platform.starter.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportRow;

class CsvTabularReaderTests {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("code", "Mã đơn vị", "", "S1"),
          ImportColumn.required("name", "Tên đơn vị", "", "Trường"),
          ImportColumn.optional("note", "Ghi chú", "", ""));

  @TempDir Path dir;

  @Test
  void stripsTheByteOrderMarkExcelWritesBeforeTheHeader() throws Exception {
    Path file = write(BOM, "Mã đơn vị,Tên đơn vị\r\nS311002,Trường Tiểu học Hồng Bàng\r\n");

    List<RawRow> rows = readAll(file);

    assertThat(rows.get(0).cells()).containsExactly("Mã đơn vị", "Tên đơn vị");
    assertThat(rows.get(1).cells()).containsExactly("S311002", "Trường Tiểu học Hồng Bàng");
  }

  @Test
  void detectsTheSemicolonDelimiterOfAVietnameseRegionalExcel() throws Exception {
    Path file = write(new byte[0], "Mã đơn vị;Tên đơn vị;Ghi chú\nS311002;Trường A, cơ sở 2;x\n");

    List<RawRow> rows = readAll(file);

    assertThat(rows.get(1).cells()).containsExactly("S311002", "Trường A, cơ sở 2", "x");
  }

  @Test
  void keepsAQuotedMultiLineCellInOneRowAndNumbersRowsAsASpreadsheetDoes() throws Exception {
    Path file =
        write(
            BOM,
            "Mã đơn vị,Tên đơn vị,Ghi chú\n"
                + "S1,\"Trường \"\"Hồng Bàng\"\"\",\"dòng 1\ndòng 2\"\n"
                + "\n"
                + ",,\n"
                + "S2,Trường B,\n");

    List<RawRow> rows = readAll(file);

    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 5L);
    assertThat(rows.get(1).cells()).containsExactly("S1", "Trường \"Hồng Bàng\"", "dòng 1\ndòng 2");
  }

  @Test
  void normalisesVietnameseTextToNfcAndTrimsCells() throws Exception {
    String decomposed = Normalizer.normalize("Trường Tiểu học Hồng Bàng", Normalizer.Form.NFD);
    Path file = write(BOM, "Mã đơn vị,Tên đơn vị\n S1 ,\u00A0" + decomposed + "  \n");

    try (TabularReader reader = TabularReader.open(ImportFormat.CSV, file, 100_000)) {
      HeaderMapping mapping = HeaderMapping.resolve(reader.header(), COLUMNS, Locale.ROOT);
      ImportRow row = mapping.toImportRow(reader.next(), Locale.ROOT);

      assertThat(row.get("code")).isEqualTo("S1");
      assertThat(row.get("name"))
          .isEqualTo("Trường Tiểu học Hồng Bàng")
          .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
      assertThat(row.byColumnKey()).doesNotContainKey("note");
    }
  }

  @Test
  void rejectsAFileThatIsNotUtf8AtTheRowOfTheBadByte() throws Exception {
    byte[] latin1 = "Mã,Tên\nS1,Trường\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("legacy.csv"), latin1);

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(ImportFileException.class)
        .extracting(e -> ((ImportFileException) e).code())
        .isEqualTo("invalid-encoding");
  }

  @Test
  void stopsAnUnterminatedQuoteInsteadOfBufferingTheRestOfTheFile() throws Exception {
    StringBuilder csv = new StringBuilder("Mã đơn vị,Tên đơn vị\nS1,\"never closed\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("S").append(i).append(",Trường số ").append(i).append('\n');
    }
    Path file = write(new byte[0], csv.toString());

    assertThatThrownBy(() -> readAll(file, 50_000))
        .isInstanceOf(ImportFileException.class)
        .extracting(e -> ((ImportFileException) e).code())
        .isEqualTo("record-too-large");
  }

  @Test
  void reportsBrokenQuotingAsMalformedCsv() throws Exception {
    Path file = write(new byte[0], "Mã đơn vị,Tên đơn vị\nS1,\"Trường\"A\n");

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(ImportFileException.class)
        .extracting(e -> ((ImportFileException) e).code())
        .isEqualTo("malformed-csv");
  }

  private Path write(byte[] prefix, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(prefix);
    bytes.write(text.getBytes(StandardCharsets.UTF_8));
    return Files.write(Files.createTempFile(dir, "t", ".csv"), bytes.toByteArray());
  }

  private static List<RawRow> readAll(Path file) throws ImportFileException {
    return readAll(file, 1_000_000);
  }

  private static List<RawRow> readAll(Path file, int maxRecordChars) throws ImportFileException {
    List<RawRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(ImportFormat.CSV, file, maxRecordChars)) {
      rows.add(reader.header());
      RawRow row;
      while ((row = reader.next()) != null) {
        rows.add(row);
      }
    }
    return rows;
  }
}
