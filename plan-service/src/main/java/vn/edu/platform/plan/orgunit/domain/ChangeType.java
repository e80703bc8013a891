package vn.edu.platform.plan.orgunit.domain;

/** What happened to a unit in one change of the directory. */
public enum ChangeType {
  CREATED,
  UPDATED,
  MOVED,
  MERGED,
  SPLIT,
  CLOSED,
  REOPENED
}
