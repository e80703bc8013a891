package vn.edu.platform.starter.web.paging;

import java.util.List;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/** {@code page} and {@code size} query parameters, checked: 0 ≤ page, 1 ≤ size ≤ 200. */
public record PageRequest(int page, int size) {

  public static PageRequest of(int page, int size) {
    if (page < 0 || size < 1 || size > PageResponse.MAX_SIZE) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  page < 0 ? "page" : "size",
                  "out-of-range",
                  page < 0 ? "page >= 0" : "1 <= size <= " + PageResponse.MAX_SIZE)));
    }
    return new PageRequest(page, size);
  }
}
