package vn.edu.platform.test.securitykit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A known defect a service tolerates until the referenced issue is fixed: findings it matches are
 * reported as known instead of failing, and a gap that matches nothing fails the run, so the list
 * empties as soon as the fix lands.
 *
 * @param name what is wrong, e.g. {@code control-characters-accepted}
 * @param issue where it is being fixed
 * @param check the check it relaxes: {@code matrix}, {@code status}, {@code problem-body}
 * @param categories the fuzz categories (or personas for {@code matrix}) it covers; {@code *} all
 * @param operations the operation ids it covers; {@code *} all
 * @param statuses the statuses it tolerates; empty means any
 */
public record KnownGap(
    String name,
    String issue,
    String check,
    Set<String> categories,
    Set<String> operations,
    Set<Integer> statuses) {

  static KnownGap of(Map<String, Object> raw) {
    return new KnownGap(
        required(raw, "name"),
        required(raw, "issue"),
        required(raw, "check"),
        strings(raw.getOrDefault("categories", "*")),
        strings(raw.getOrDefault("operations", "*")),
        Set.copyOf(
            strings(raw.getOrDefault("statuses", List.of())).stream()
                .map(Integer::valueOf)
                .toList()));
  }

  /** Whether this gap explains the finding. */
  public boolean covers(Finding finding) {
    return check.equals(finding.check())
        && (categories.contains("*") || categories.contains(finding.category()))
        && (operations.contains("*") || operations.contains(finding.operationId()))
        && (statuses.isEmpty() || statuses.contains(finding.status()));
  }

  private static String required(Map<String, Object> raw, String key) {
    Object value = raw.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      throw new IllegalArgumentException("A known gap needs '" + key + "': " + raw);
    }
    return String.valueOf(value);
  }

  private static Set<String> strings(Object value) {
    Set<String> result = new TreeSet<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> result.add(String.valueOf(v)));
    } else {
      result.add(String.valueOf(value));
    }
    return result;
  }
}
