package vn.edu.platform.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of the official conversion table of the July 2025 reform, for Hải Phòng: a new commune
 * and one of the pre-2025 communes it was formed from (a partly merged old commune appears under
 * several new ones).
 *
 * @param newCode national code of the commune since 1 July 2025 (5 digits)
 * @param newName its name, e.g. {@code Phường Hồng Bàng}
 * @param oldCode national code of the old commune; empty where a whole district became the unit
 * @param oldName its name
 * @param change how it merged ({@code Nhập toàn bộ}, {@code Nhập một phần}, ...)
 * @param oldDistrictCode national code of the old district (3 digits)
 * @param oldDistrictName its name
 * @param oldProvinceCode national code of the old province ({@code 31} Hải Phòng, {@code 30} Hải
 *     Dương)
 * @param oldProvinceName its name
 */
public record CommuneConversion(
    String newCode,
    String newName,
    String oldCode,
    String oldName,
    String change,
    String oldDistrictCode,
    String oldDistrictName,
    String oldProvinceCode,
    String oldProvinceName) {

  /** The classpath resource derived from the official table (see its header comment). */
  public static final String HAI_PHONG_RESOURCE = "/demo/hai-phong-communes-2025-07.csv";

  /** The rows of Hải Phòng, in the table's order. */
  public static List<CommuneConversion> haiPhong() {
    try (InputStream in =
        Objects.requireNonNull(
            CommuneConversion.class.getResourceAsStream(HAI_PHONG_RESOURCE), HAI_PHONG_RESOURCE)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads rows in the derived format: {@code #} comments, then a header row. */
  static List<CommuneConversion> read(Reader reader) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    return format.parse(reader).stream().map(CommuneConversion::of).toList();
  }

  private static CommuneConversion of(CSVRecord row) {
    return new CommuneConversion(
        row.get("newCode"),
        row.get("newName"),
        row.get("oldCode"),
        row.get("oldName"),
        row.get("change"),
        row.get("oldDistrictCode"),
        row.get("oldDistrictName"),
        row.get("oldProvinceCode"),
        row.get("oldProvinceName"));
  }
}
