package vn.edu.platform.test.securitykit;

import java.util.Map;
import java.util.Set;

/**
 * Objects a {@link SecurityFixture} created for one unit.
 *
 * @param pathValues the value of each path parameter by name ({@code planId} → a UUID)
 * @param identifyingValues values that identify the objects (ids, numbers, titles): a caller of
 *     another unit must not find any of them in an answer
 */
public record OwnedObjects(
    String ownerUnit, Map<String, String> pathValues, Set<String> identifyingValues) {

  public String pathValue(String name) {
    String value = pathValues.get(name);
    if (value == null) {
      throw new IllegalStateException(
          "The fixture gave no value for path parameter " + name + " (owner " + ownerUnit + ")");
    }
    return value;
  }
}
