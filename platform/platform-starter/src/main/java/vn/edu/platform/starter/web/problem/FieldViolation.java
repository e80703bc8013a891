package vn.edu.platform.starter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason why a request or an uploaded row was rejected.
 *
 * <p>For JSON bodies {@code pointer} is an RFC 6901 JSON pointer ({@code /tasks/0/deadline}); for
 * query parameters it is the parameter name; for uploaded files {@code row} (1-based, as a
 * spreadsheet shows it, header row included) and {@code column} (the header name) locate the cell.
 * {@code code} is stable and meant for programs; {@code message} is for people, in the language the
 * caller asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(String pointer, Long row, String column, String code, String message) {

  public static FieldViolation ofPointer(String pointer, String code, String message) {
    return new FieldViolation(pointer, null, null, code, message);
  }

  public static FieldViolation ofCell(long row, String column, String code, String message) {
    return new FieldViolation(null, row, column, code, message);
  }
}
