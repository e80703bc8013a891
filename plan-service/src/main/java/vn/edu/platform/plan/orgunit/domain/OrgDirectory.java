package vn.edu.platform.plan.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * The organisation tree over time (cây tổ chức): units with validity dates and parent links with
 * validity dates. Commands check the rules, change this in-memory model and return the {@link
 * DirectoryChange} to persist and announce; queries take a {@link OrgTreeSnapshot} of any day.
 *
 * <p>Rules: codes are unique for ever; every unit but the department has exactly one parent on each
 * day it exists, of an allowed kind, existing that day; no cycles; a merge ends the merged units
 * the day before it takes effect and moves their children to the successor, so the tree of any
 * earlier day is untouched.
 */
public final class OrgDirectory {

  /** The rule set the directory refuses changes by (422, the field named). */
  public static final String RULES = "org-directory-rule";

  private final Map<String, OrgUnit> units = new HashMap<>();
  private final Map<String, List<ParentLink>> links = new HashMap<>();

  private OrgDirectory() {}

  public static OrgDirectory of(Collection<OrgUnit> units, Collection<ParentLink> links) {
    OrgDirectory directory = new OrgDirectory();
    units.forEach(u -> directory.units.put(u.code(), u));
    links.forEach(directory::putLink);
    return directory;
  }

  public Optional<OrgUnit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public Collection<OrgUnit> units() {
    return List.copyOf(units.values());
  }

  public List<ParentLink> linksOf(String code) {
    return List.copyOf(links.getOrDefault(code, List.of()));
  }

  public List<ParentLink> allLinks() {
    return links.values().stream().flatMap(List::stream).toList();
  }

  public Optional<ParentLink> linkOn(String code, LocalDate date) {
    return links.getOrDefault(code, List.of()).stream().filter(l -> l.isValidOn(date)).findFirst();
  }

  public OrgTreeSnapshot asOf(LocalDate date) {
    Map<String, ParentLink> linkOn = new HashMap<>();
    links.forEach(
        (code, list) ->
            list.stream()
                .filter(l -> l.isValidOn(date))
                .findFirst()
                .ifPresent(l -> linkOn.put(code, l)));
    return new OrgTreeSnapshot(date, units.values(), linkOn);
  }

  // ---------------------------------------------------------------- commands

  /** Adds a unit under {@code parentCode} from {@code unit.validFrom()}. */
  public DirectoryChange create(OrgUnit unit, String parentCode) {
    if (units.containsKey(unit.code())) {
      throw new AlreadyExists(
          "org-unit-exists",
          List.of(
              Violation.withMessage(
                  "/code", "duplicate-code", "Unit code " + unit.code() + " is already used")));
    }
    if (unit.validTo() != null) {
      throw refusal("/validTo", "not-allowed", "A new unit is open-ended");
    }
    OrgUnit created =
        new OrgUnit(
            unit.code(),
            unit.name(),
            unit.kind(),
            unit.schoolLevel(),
            unit.ownership(),
            unit.administrativeCode(),
            unit.validFrom(),
            null,
            List.of(),
            1);
    ParentLink link = null;
    if (unit.kind() == OrgUnitKind.DEPARTMENT) {
      if (parentCode != null) {
        throw refusal("/parentCode", "not-allowed", "The department is the root");
      }
    } else {
      requireParent(created, parentCode, unit.validFrom());
      link = new ParentLink(unit.code(), parentCode, unit.validFrom(), null);
    }
    units.put(created.code(), created);
    if (link != null) {
      putLink(link);
    }
    return new DirectoryChange(
        List.of(new UnitChange(ChangeType.CREATED, created, link)),
        link == null ? List.of() : List.of(link));
  }

  /** Changes what describes a unit (name, level, ownership, national code), not its place. */
  public DirectoryChange describe(
      String code, String name, SchoolLevel level, Ownership ownership, String administrativeCode) {
    OrgUnit current = existing(code);
    OrgUnit updated =
        current.describedAs(name, level, ownership, administrativeCode, current.revision() + 1);
    units.put(code, updated);
    return new DirectoryChange(
        List.of(new UnitChange(ChangeType.UPDATED, updated, currentLink(updated))), List.of());
  }

  /** Puts a unit under another parent from {@code from} on; before that day nothing changes. */
  public DirectoryChange move(String code, String newParentCode, LocalDate from) {
    OrgUnit unit = existing(code);
    if (!unit.isValidOn(from)) {
      throw refusal(
          "/effectiveFrom", "unit-not-valid", "Unit " + code + " does not exist on " + from);
    }
    if (unit.kind() == OrgUnitKind.DEPARTMENT) {
      throw refusal("/code", "root-cannot-move", "The department is the root");
    }
    if (code.equals(newParentCode) || asOf(from).isWithin(newParentCode, code)) {
      throw refusal(
          "/parentCode",
          "cycle",
          "Unit " + newParentCode + " lies below " + code + ": that would make a cycle");
    }
    requireParent(unit, newParentCode, from);
    if (links.getOrDefault(code, List.of()).stream().anyMatch(l -> l.validFrom().isAfter(from))) {
      throw refusal(
          "/effectiveFrom",
          "later-move-planned",
          "Unit " + code + " already has a move planned after " + from);
    }
    List<ParentLink> changedLinks = relink(code, newParentCode, from);
    OrgUnit moved = unit.withRevision(unit.revision() + 1);
    units.put(code, moved);
    return new DirectoryChange(
        List.of(new UnitChange(ChangeType.MOVED, moved, linkOn(code, from).orElse(null))),
        changedLinks);
  }

  /**
   * Merges {@code sourceCodes} into {@code targetCode} from {@code from}: each source ends the day
   * before with the target as successor, and its children move under the target from {@code from}.
   * The target must already exist on {@code from} (create it first for a merge into a new unit).
   */
  public DirectoryChange merge(List<String> sourceCodes, String targetCode, LocalDate from) {
    Set<String> sources = new LinkedHashSet<>(sourceCodes);
    if (sources.isEmpty() || sources.size() != sourceCodes.size()) {
      throw refusal("/sourceCodes", "invalid", "Name each merged unit once");
    }
    if (sources.contains(targetCode)) {
      throw refusal("/targetCode", "self-merge", "A unit cannot be merged into itself");
    }
    OrgUnit target = existing(targetCode);
    if (!target.isValidOn(from)) {
      throw refusal(
          "/targetCode", "unit-not-valid", "Unit " + targetCode + " does not exist on " + from);
    }
    LocalDate lastDay = from.minusDays(1);
    List<UnitChange> changes = new ArrayList<>();
    List<ParentLink> changedLinks = new ArrayList<>();
    OrgTreeSnapshot before = asOf(lastDay);
    for (String sourceCode : sources) {
      OrgUnit source = existing(sourceCode);
      if (source.kind() != target.kind()) {
        throw refusal(
            "/sourceCodes",
            "kind-mismatch",
            "Unit " + sourceCode + " is a " + source.kind() + ", not a " + target.kind());
      }
      if (!source.isValidOn(lastDay) || !source.isValidOn(from)) {
        throw refusal(
            "/sourceCodes",
            "unit-not-valid",
            "Unit " + sourceCode + " must exist on " + lastDay + " and " + from);
      }
      if (before.isWithin(targetCode, sourceCode)) {
        throw refusal("/targetCode", "cycle", "Unit " + targetCode + " lies below " + sourceCode);
      }
      for (String child : before.childrenOf(sourceCode)) {
        OrgUnit childUnit = units.get(child);
        if (childUnit.isValidOn(from)) {
          changedLinks.addAll(relink(child, targetCode, from));
          OrgUnit moved = childUnit.withRevision(childUnit.revision() + 1);
          units.put(child, moved);
          changes.add(new UnitChange(ChangeType.MOVED, moved, linkOn(child, from).orElse(null)));
        }
      }
      linkOn(sourceCode, lastDay).ifPresent(l -> changedLinks.add(endLink(l, lastDay)));
      OrgUnit ended = source.ended(lastDay, List.of(targetCode), source.revision() + 1);
      units.put(sourceCode, ended);
      changes.add(new UnitChange(ChangeType.MERGED, ended, null));
    }
    changes.sort(Comparator.comparing((UnitChange c) -> c.type() == ChangeType.MERGED));
    return new DirectoryChange(changes, changedLinks);
  }

  /** Closes a unit after {@code lastDay}; it must have no unit under it after that day. */
  public DirectoryChange close(String code, LocalDate lastDay) {
    OrgUnit unit = existing(code);
    if (!unit.isValidOn(lastDay)) {
      throw refusal("/lastDay", "unit-not-valid", "Unit " + code + " does not exist on " + lastDay);
    }
    List<String> children = asOf(lastDay.plusDays(1)).childrenOf(code);
    if (!children.isEmpty()) {
      throw refusal(
          "/code", "has-children", "Move or close the units under " + code + " first: " + children);
    }
    List<ParentLink> changedLinks = new ArrayList<>();
    linkOn(code, lastDay).ifPresent(l -> changedLinks.add(endLink(l, lastDay)));
    OrgUnit closed = unit.ended(lastDay, List.of(), unit.revision() + 1);
    units.put(code, closed);
    return new DirectoryChange(
        List.of(new UnitChange(ChangeType.CLOSED, closed, null)), changedLinks);
  }

  // ---------------------------------------------------------------- helpers

  private OrgUnit existing(String code) {
    OrgUnit unit = units.get(code);
    if (unit == null) {
      throw refusal("/code", "unknown-unit", "No unit has code " + code);
    }
    return unit;
  }

  private void requireParent(OrgUnit unit, String parentCode, LocalDate from) {
    if (parentCode == null || parentCode.isBlank()) {
      throw refusal("/parentCode", "required", "A " + unit.kind() + " needs a parent unit");
    }
    OrgUnit parent = units.get(parentCode);
    if (parent == null) {
      throw refusal("/parentCode", "unknown-unit", "No unit has code " + parentCode);
    }
    if (!parent.isValidOn(from)) {
      throw refusal(
          "/parentCode", "unit-not-valid", "Unit " + parentCode + " does not exist on " + from);
    }
    if (!unit.kind().allowedParents().contains(parent.kind())) {
      throw refusal(
          "/parentCode",
          "parent-kind",
          "A " + unit.kind() + " cannot sit under a " + parent.kind());
    }
  }

  private ParentLink currentLink(OrgUnit unit) {
    List<ParentLink> list = links.getOrDefault(unit.code(), List.of());
    return list.isEmpty() ? null : list.getLast();
  }

  /** Ends the link valid on {@code from} (or replaces it if it starts that day) and opens one. */
  private List<ParentLink> relink(String code, String parentCode, LocalDate from) {
    List<ParentLink> changed = new ArrayList<>();
    List<ParentLink> list = links.computeIfAbsent(code, k -> new ArrayList<>());
    Optional<ParentLink> current = linkOn(code, from);
    if (current.isPresent() && current.get().validFrom().equals(from)) {
      list.remove(current.get());
      changed.add(new ParentLink(code, parentCode, from, current.get().validTo()));
      putLink(changed.getFirst());
      return changed;
    }
    current.ifPresent(l -> changed.add(endLink(l, from.minusDays(1))));
    ParentLink opened = new ParentLink(code, parentCode, from, null);
    putLink(opened);
    changed.add(opened);
    return changed;
  }

  private ParentLink endLink(ParentLink link, LocalDate lastDay) {
    List<ParentLink> list = links.get(link.unitCode());
    list.remove(link);
    ParentLink ended = link.endedOn(lastDay);
    putLink(ended);
    return ended;
  }

  private void putLink(ParentLink link) {
    List<ParentLink> list = links.computeIfAbsent(link.unitCode(), k -> new ArrayList<>());
    list.removeIf(l -> l.validFrom().equals(link.validFrom()));
    list.add(link);
    list.sort(Comparator.comparing(ParentLink::validFrom));
  }

  /** A change refused by the directory's rules, at {@code pointer} (e.g. {@code /parentCode}). */
  public static RuleViolation refusal(String pointer, String code, String message) {
    return new RuleViolation(RULES, Violation.withMessage(pointer, code, message));
  }
}
