package vn.edu.platform.starter.web.paging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list endpoint of the platform answers with.
 *
 * @param items the page's items
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages of this size there are
 */
@Schema(description = "One page of a list")
public record PageResponse<T>(
    @Schema(description = "The items of this page") List<T> items,
    @Schema(description = "Page number, from 0", example = "0") int page,
    @Schema(description = "Page size asked for (at most 200)", example = "50") int size,
    @Schema(description = "Number of matching items", example = "734") long totalItems,
    @Schema(description = "Number of pages", example = "15") long totalPages) {

  public static final int MAX_SIZE = 200;

  public PageResponse {
    items = List.copyOf(items);
  }

  /** Cuts a page out of a complete, already sorted list. */
  public static <S, T> PageResponse<T> of(List<S> all, PageRequest request, Function<S, T> map) {
    int from = (int) Math.min((long) request.page() * request.size(), all.size());
    int to = Math.min(from + request.size(), all.size());
    List<T> items = all.subList(from, to).stream().map(map).toList();
    long pages = (all.size() + request.size() - 1) / request.size();
    return new PageResponse<>(items, request.page(), request.size(), all.size(), pages);
  }
}
