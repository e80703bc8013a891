package vn.edu.platform.plan.orgunit.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The two walks over a day's tree, written once for the directory's snapshot and for the views the
 * other features read ({@code OrgTreeView}).
 */
public final class TreeWalk {

  private TreeWalk() {}

  /** The ancestors of {@code code}, nearest first; stops at a repeated unit rather than loop. */
  public static List<String> ancestors(String code, Function<String, String> parentOf) {
    List<String> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = parentOf.apply(code);
    while (current != null && seen.add(current)) {
      result.add(current);
      current = parentOf.apply(current);
    }
    return result;
  }

  /** {@code root} and every unit below it, breadth first, children in the order given. */
  public static List<String> subtree(String root, Function<String, List<String>> childrenOf) {
    List<String> result = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      String next = queue.poll();
      result.add(next);
      queue.addAll(childrenOf.apply(next));
    }
    return result;
  }
}
