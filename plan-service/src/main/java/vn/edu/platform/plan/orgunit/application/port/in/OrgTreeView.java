package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.platform.plan.orgunit.domain.TreeWalk;

/**
 * The tree as it stood on one day, as the other features read it: the units that existed then, each
 * under the parent it had then. Children are in name order, then code.
 */
public final class OrgTreeView {

  private final LocalDate date;
  private final Map<String, OrgUnitView> units;
  private final Map<String, String> parentOf;
  private final Map<String, List<String>> childrenOf;

  private OrgTreeView(
      LocalDate date, Map<String, OrgUnitView> units, Map<String, String> parentOf) {
    this.date = date;
    this.units = units;
    this.parentOf = parentOf;
    Map<String, List<String>> children = new HashMap<>();
    parentOf.forEach(
        (child, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child));
    Comparator<String> byName =
        Comparator.comparing((String c) -> units.get(c).name()).thenComparing(c -> c);
    children.replaceAll((parent, list) -> list.stream().sorted(byName).toList());
    this.childrenOf = children;
  }

  /**
   * The tree of {@code date} made of {@code units}, each under its entry in {@code parentOf}; a
   * parent outside {@code units} is ignored (the unit is then a root).
   */
  public static OrgTreeView of(
      LocalDate date, Collection<OrgUnitView> units, Map<String, String> parentOf) {
    Map<String, OrgUnitView> byCode = new HashMap<>();
    units.forEach(unit -> byCode.put(unit.code(), unit));
    Map<String, String> parents = new HashMap<>();
    parentOf.forEach(
        (child, parent) -> {
          if (byCode.containsKey(child) && byCode.containsKey(parent)) {
            parents.put(child, parent);
          }
        });
    return new OrgTreeView(date, Map.copyOf(byCode), Map.copyOf(parents));
  }

  public LocalDate date() {
    return date;
  }

  public Optional<OrgUnitView> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public Collection<OrgUnitView> units() {
    return units.values();
  }

  public Optional<String> parentOf(String code) {
    return Optional.ofNullable(parentOf.get(code));
  }

  /** Units without a parent on this day (normally the department alone), in code order. */
  public List<OrgUnitView> roots() {
    return units.values().stream()
        .filter(u -> !parentOf.containsKey(u.code()))
        .sorted(Comparator.comparing(OrgUnitView::code))
        .toList();
  }

  /** The unit's ancestors, nearest first. */
  public List<String> ancestorsOf(String code) {
    return TreeWalk.ancestors(code, parentOf::get);
  }

  /** Whether {@code code} is {@code ancestor} or lies below it on this day. */
  public boolean isWithin(String code, String ancestor) {
    return units.containsKey(code)
        && (code.equals(ancestor) || ancestorsOf(code).contains(ancestor));
  }

  /** The unit and every unit below it, breadth first. */
  public List<String> subtreeOf(String code) {
    return units.containsKey(code)
        ? TreeWalk.subtree(code, c -> childrenOf.getOrDefault(c, List.of()))
        : List.of();
  }
}
