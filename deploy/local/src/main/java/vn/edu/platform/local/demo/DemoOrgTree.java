package vn.edu.platform.local.demo;

import java.util.List;

/**
 * The generated organisation directory of the demo province in two periods.
 *
 * @param current the tree since 1 July 2025 (department → communes → schools; upper-secondary
 *     schools and continuing-education centres directly under the department), parents first
 * @param beforeReform the tree until 30 June 2025 (departments of the old provinces → districts →
 *     old communes → schools), parents first, for "tree as of a date" demos
 */
public record DemoOrgTree(List<OrgUnit> current, List<OrgUnit> beforeReform) {

  public DemoOrgTree {
    current = List.copyOf(current);
    beforeReform = List.copyOf(beforeReform);
  }

  /** The schools and centres of the current tree. */
  public List<OrgUnit> currentSchools() {
    return current.stream().filter(unit -> unit.kind() == UnitKind.SCHOOL).toList();
  }
}
