package vn.edu.platform.test.securitykit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hook a service implements so the kit can call its operations with real objects and valid
 * requests: the kit knows the document, only the service knows how to make a plan, a report or an
 * org unit that belongs to a given unit.
 */
public interface SecurityFixture {

  /**
   * Creates fresh objects owned by {@code unitCode} that {@code operation} can act on (creating
   * them per operation keeps one operation's writes, a closure say, from spoiling the next), and
   * returns their path-parameter values.
   */
  OwnedObjects objectsOwnedBy(String unitCode, ApiOperation operation);

  /**
   * A valid request body for the operation on these objects (a map, a record or a JSON string), or
   * {@code null} to let the kit build one from the document's schema and examples.
   */
  default @Nullable Object body(ApiOperation operation, OwnedObjects objects) {
    return null;
  }

  /** Query parameters a valid call needs, beyond the required ones the kit builds itself. */
  default Map<String, String> query(ApiOperation operation, OwnedObjects objects) {
    return Map.of();
  }

  /** Headers a valid call needs, e.g. {@code If-Match} with the object's current ETag. */
  default Map<String, String> headers(ApiOperation operation, OwnedObjects objects) {
    return Map.of();
  }
}
