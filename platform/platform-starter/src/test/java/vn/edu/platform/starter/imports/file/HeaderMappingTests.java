package vn.edu.platform.starter.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.imports.file.HeaderMapping.HeaderMismatchException;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.web.problem.FieldViolation;

class HeaderMappingTests {

  private static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.required("unitCode", "Mã đơn vị", "", ""),
          ImportColumn.required("name", "Tên đơn vị", "", ""),
          ImportColumn.optional("founded", "Ngày thành lập", "", ""));

  @Test
  void matchesHeadersIgnoringCaseDiacriticsAndSpacesAndIgnoresBlankHeaders() throws Exception {
    HeaderMapping mapping =
        HeaderMapping.resolve(
            header("  ma  DON vi ", null, "TEN ĐON VI", "", "ngày\u00A0thành lập"),
            COLUMNS,
            Locale.ROOT);

    var row =
        mapping.toImportRow(
            new RawRow(2, Arrays.asList("S1", "under a blank header", "A", "x", "2020-01-01")),
            Locale.ROOT);
    assertThat(row.byColumnKey())
        .containsOnly(entry("unitCode", "S1"), entry("name", "A"), entry("founded", "2020-01-01"));
  }

  @Test
  void acceptsAColumnKeyAsItsHeader() throws Exception {
    HeaderMapping mapping = HeaderMapping.resolve(header("unitCode", "name"), COLUMNS, Locale.ROOT);

    var row = mapping.toImportRow(new RawRow(7, Arrays.asList("S1", "A")), Locale.ROOT);
    assertThat(row.rowNumber()).isEqualTo(7);
    assertThat(row.byColumnKey()).containsOnly(entry("unitCode", "S1"), entry("name", "A"));
  }

  @Test
  void listsEveryUnknownDuplicatedAndMissingHeaderAtOnce() {
    HeaderMismatchException e =
        catchThrowableOfType(
            HeaderMismatchException.class,
            () ->
                HeaderMapping.resolve(
                    header("unitCode", "Ma don vi", "Điểm"), COLUMNS, Locale.forLanguageTag("vi")));

    assertThat(e.violations())
        .extracting(FieldViolation::code, FieldViolation::column, FieldViolation::row)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("duplicate-column", "Ma don vi", 1L),
            org.assertj.core.groups.Tuple.tuple("unknown-column", "Điểm", 1L),
            org.assertj.core.groups.Tuple.tuple("missing-required-column", "Tên đơn vị", 1L));
    assertThat(e.violations())
        .filteredOn(v -> v.code().equals("missing-required-column"))
        .first()
        .extracting(FieldViolation::message)
        .isEqualTo("Thiếu cột bắt buộc \"Tên đơn vị\".");
  }

  private static RawRow header(String... cells) {
    return new RawRow(1, Arrays.asList(cells));
  }
}
