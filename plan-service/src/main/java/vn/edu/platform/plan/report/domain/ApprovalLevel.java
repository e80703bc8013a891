package vn.edu.platform.plan.report.domain;

/** The level of an approving unit; the same values as the public {@code ProgressReportApproved}. */
public enum ApprovalLevel {
  /** A commune-level unit (cấp xã): approves its schools' reports first. */
  COMMUNE,
  /** The department (cấp Sở): the final approval. */
  DEPARTMENT
}
