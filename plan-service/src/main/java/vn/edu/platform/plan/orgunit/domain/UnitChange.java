package vn.edu.platform.plan.orgunit.domain;

/**
 * One unit's new state after a change, with the parent link it has from the change's date on (null
 * for the root, or for a unit that ended).
 */
public record UnitChange(ChangeType type, OrgUnit unit, ParentLink currentLink) {}
