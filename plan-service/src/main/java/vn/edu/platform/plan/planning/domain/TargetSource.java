package vn.edu.platform.plan.planning.domain;

/** Where a target's actual value comes from. */
public enum TargetSource {
  /** Units report it in their progress reports. */
  REPORTED,
  /**
   * reporting-service computes it from the platform's events (e.g. the share of students with a
   * signed digital record).
   */
  COMPUTED
}
