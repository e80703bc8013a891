package vn.edu.platform.plan.planning.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parent links of a plan's tasks, checked for cycles. */
public final class TaskTree {

  private TaskTree() {}

  /**
   * The first cycle found among the links {@code child → parent}, as the list of its members
   * starting from the member met first; empty when the links form a forest.
   */
  public static <K> Optional<List<K>> findCycle(Map<K, K> parentOf) {
    Set<K> cleared = new HashSet<>();
    for (K start : parentOf.keySet()) {
      List<K> path = new ArrayList<>();
      Set<K> onPath = new HashSet<>();
      K current = start;
      while (current != null && !cleared.contains(current)) {
        if (!onPath.add(current)) {
          return Optional.of(List.copyOf(path.subList(path.indexOf(current), path.size())));
        }
        path.add(current);
        current = parentOf.get(current);
      }
      cleared.addAll(path);
    }
    return Optional.empty();
  }

  /** The ancestors of {@code id}, nearest first (the links must be free of cycles). */
  public static <K> List<K> ancestorsOf(K id, Map<K, K> parentOf) {
    List<K> result = new ArrayList<>();
    K current = parentOf.get(id);
    while (current != null && !result.contains(current)) {
      result.add(current);
      current = parentOf.get(current);
    }
    return result;
  }
}
