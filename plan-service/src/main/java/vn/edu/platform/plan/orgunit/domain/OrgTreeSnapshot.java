package vn.edu.platform.plan.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree as it stood on one day: the units that existed then, each under the parent it had then.
 * Reports of a period aggregate along the snapshot of that period, so a 2024 report still adds up
 * along the 2024 communes after they merged.
 */
public final class OrgTreeSnapshot {

  private final LocalDate date;
  private final Map<String, OrgUnit> units;
  private final Map<String, String> parentOf;
  private final Map<String, List<String>> childrenOf;

  OrgTreeSnapshot(LocalDate date, Collection<OrgUnit> allUnits, Map<String, ParentLink> linkOn) {
    this.date = date;
    this.units = new HashMap<>();
    for (OrgUnit unit : allUnits) {
      if (unit.isValidOn(date)) {
        units.put(unit.code(), unit);
      }
    }
    this.parentOf = new HashMap<>();
    this.childrenOf = new HashMap<>();
    for (OrgUnit unit : units.values()) {
      ParentLink link = linkOn.get(unit.code());
      if (link != null && units.containsKey(link.parentCode())) {
        parentOf.put(unit.code(), link.parentCode());
        childrenOf.computeIfAbsent(link.parentCode(), k -> new ArrayList<>()).add(unit.code());
      }
    }
    Comparator<String> byName =
        Comparator.comparing((String c) -> units.get(c).name()).thenComparing(c -> c);
    childrenOf.values().forEach(list -> list.sort(byName));
  }

  public LocalDate date() {
    return date;
  }

  public Optional<OrgUnit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public Collection<OrgUnit> units() {
    return units.values();
  }

  public Optional<String> parentOf(String code) {
    return Optional.ofNullable(parentOf.get(code));
  }

  public List<String> childrenOf(String code) {
    return childrenOf.getOrDefault(code, List.of());
  }

  /** Units without a parent on this day (normally the department alone). */
  public List<OrgUnit> roots() {
    return units.values().stream()
        .filter(u -> !parentOf.containsKey(u.code()))
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /** The unit's ancestors, nearest first. */
  public List<String> ancestorsOf(String code) {
    return TreeWalk.ancestors(code, parentOf::get);
  }

  /** Whether {@code code} is {@code ancestor} or lies below it on this day. */
  public boolean isWithin(String code, String ancestor) {
    if (!units.containsKey(code)) {
      return false;
    }
    return code.equals(ancestor) || ancestorsOf(code).contains(ancestor);
  }

  /** The unit and every unit below it, breadth first. */
  public List<String> subtreeOf(String code) {
    return units.containsKey(code) ? TreeWalk.subtree(code, this::childrenOf) : List.of();
  }
}
