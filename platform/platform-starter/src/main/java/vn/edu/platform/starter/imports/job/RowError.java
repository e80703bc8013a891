package vn.edu.platform.starter.imports.job;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code platform.import_row_error}: one violation of one file row.
 *
 * @param columnKey the column's key, null when the violation concerns the whole row
 * @param columnName the column's header as the template shows it
 */
public record RowError(
    long rowNumber,
    int seq,
    @Nullable String columnKey,
    @Nullable String columnName,
    String code,
    String message) {}
