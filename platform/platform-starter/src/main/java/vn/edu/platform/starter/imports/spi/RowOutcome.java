package vn.edu.platform.starter.imports.spi;

import java.util.List;
import java.util.Objects;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * The result of parsing one row: a value to apply, or the reasons the row is rejected.
 *
 * @param <R> the value type
 */
public sealed interface RowOutcome<R> {

  /** A valid row. */
  record Valid<R>(R value) implements RowOutcome<R> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A rejected row. Build violations with {@link ImportRow#violation} so that they carry the row
   * number and the column's header; a violation whose column is null concerns the whole row.
   */
  record Invalid<R>(List<FieldViolation> violations) implements RowOutcome<R> {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("An invalid row needs at least one violation");
      }
    }
  }

  static <R> RowOutcome<R> valid(R value) {
    return new Valid<>(value);
  }

  static <R> RowOutcome<R> invalid(List<FieldViolation> violations) {
    return new Invalid<>(violations);
  }

  static <R> RowOutcome<R> invalid(FieldViolation... violations) {
    return new Invalid<>(List.of(violations));
  }
}
