package vn.edu.platform.local.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The org-directory import file that plan-service accepts: UTF-8 with a byte order mark (so that
 * spreadsheet programs open Vietnamese text correctly), a header row, RFC 4180 quoting, CRLF line
 * ends, empty fields for absent values.
 */
public final class OrgUnitCsv {

  /** The columns of the current tree's file. */
  public static final List<String> HEADER =
      List.of(
          "code",
          "name",
          "kind",
          "schoolLevel",
          "ownership",
          "administrativeCode",
          "parentCode",
          "validFrom");

  /** The columns of the pre-reform tree's file: {@link #HEADER} plus {@code validTo}. */
  public static final List<String> HEADER_WITH_VALID_TO =
      java.util.stream.Stream.concat(HEADER.stream(), java.util.stream.Stream.of("validTo"))
          .toList();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private OrgUnitCsv() {}

  /** The current tree's file: every unit is valid from its {@code validFrom} on. */
  public static byte[] current(List<OrgUnit> units) {
    return write(units, HEADER);
  }

  /** A closed period's file: with each unit's {@code validTo}. */
  public static byte[] withValidTo(List<OrgUnit> units) {
    return write(units, HEADER_WITH_VALID_TO);
  }

  private static byte[] write(List<OrgUnit> units, List<String> header) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (OrgUnit unit : units) {
        List<String> row = new ArrayList<>(header.size());
        row.add(unit.code());
        row.add(unit.name());
        row.add(unit.kind().name());
        row.add(unit.schoolLevel() == null ? "" : unit.schoolLevel().name());
        row.add(unit.ownership() == null ? "" : unit.ownership().name());
        row.add(Objects.requireNonNullElse(unit.administrativeCode(), ""));
        row.add(Objects.requireNonNullElse(unit.parentCode(), ""));
        row.add(unit.validFrom().toString());
        if (header.size() > HEADER.size()) {
          row.add(date(unit.validTo()));
        }
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String date(@Nullable LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
