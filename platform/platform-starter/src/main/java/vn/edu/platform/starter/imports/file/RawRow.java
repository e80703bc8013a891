package vn.edu.platform.starter.imports.file;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row as read from a file, before it is mapped to column keys.
 *
 * @param rowNumber the row as a spreadsheet shows it (header = 1)
 * @param cells the cells left to right, null or raw text (not yet trimmed or normalised)
 */
public record RawRow(long rowNumber, List<@Nullable String> cells) {

  boolean isBlank() {
    for (String cell : cells) {
      if (CellValues.clean(cell) != null) {
        return false;
      }
    }
    return true;
  }
}
