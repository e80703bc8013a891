package vn.edu.platform.plan.orgunit.domain;

import java.util.List;

/**
 * Everything one command changed: the units' new states (each with a new revision) and the parent
 * links to store (new ones, or existing ones that now end). The store persists it in one
 * transaction; each unit change becomes one {@code OrgUnitChanged} event.
 */
public record DirectoryChange(List<UnitChange> units, List<ParentLink> links) {

  public DirectoryChange {
    units = List.copyOf(units);
    links = List.copyOf(links);
  }

  public DirectoryChange plus(DirectoryChange other) {
    var allUnits = new java.util.ArrayList<>(units);
    allUnits.addAll(other.units);
    var allLinks = new java.util.ArrayList<>(links);
    allLinks.addAll(other.links);
    return new DirectoryChange(allUnits, allLinks);
  }
}
