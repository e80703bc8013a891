package vn.edu.platform.starter.imports.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.job.ImportJobQueryService.ErrorPage;

/** A page of a job's row errors. */
@Schema(name = "ImportRowErrorPage", description = "Row errors of a job, in file order.")
record RowErrorPageResponse(
    UUID jobId,
    List<Item> items,
    @Schema(description = "Zero-based page number.", example = "0") int page,
    @Schema(description = "Page size.", example = "50") int size,
    @Schema(description = "Errors in all pages.", example = "7") long totalItems,
    @Schema(description = "Number of pages.", example = "1") long totalPages) {

  @Schema(name = "ImportRowError", description = "Why one cell (or row) was rejected.")
  record Item(
      @Schema(
              description = "Row as the spreadsheet shows it (the header is row 1).",
              example = "14")
          long row,
      @Schema(
              description = "Column header; null when the whole row is concerned.",
              example = "Mã đơn vị")
          @Nullable String column,
      @Schema(
              description = "Column key; null when the whole row is concerned.",
              example = "unitCode")
          @Nullable String columnKey,
      @Schema(description = "Stable error code for programs.", example = "invalid-format")
          String code,
      @Schema(
              description = "Explanation for people, in the report language.",
              example = "Mã đơn vị không đúng định dạng.")
          String message) {}

  static RowErrorPageResponse of(ErrorPage page) {
    List<Item> items =
        page.items().stream()
            .map(e -> new Item(e.rowNumber(), e.columnName(), e.columnKey(), e.code(), e.message()))
            .toList();
    long pages = (page.total() + page.size() - 1) / page.size();
    return new RowErrorPageResponse(
        page.job().id(), items, page.page(), page.size(), page.total(), pages);
  }
}
