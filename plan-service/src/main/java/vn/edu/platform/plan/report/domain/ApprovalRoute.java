package vn.edu.platform.plan.report.domain;

/**
 * Who approves a unit's reports, bottom-up (phê duyệt từ dưới lên).
 *
 * <p>A school under a commune goes through the commune, then the department; a commune's own
 * report, a school or centre directly under the department and a division of the department go to
 * the department alone. The route is taken from the tree of the day of the approval, not of the
 * period: approvers act today, and the commune that held a school in 2024 may have been merged
 * since (its successor, which holds the school now, approves).
 *
 * @param communeCode the approving commune, for {@link Kind#COMMUNE_THEN_DEPARTMENT}
 */
public record ApprovalRoute(Kind kind, String communeCode) {

  /** The two routes. */
  public enum Kind {
    COMMUNE_THEN_DEPARTMENT,
    DEPARTMENT
  }

  public ApprovalRoute {
    if ((kind == Kind.COMMUNE_THEN_DEPARTMENT) != (communeCode != null)) {
      throw new IllegalArgumentException("a commune route names its commune, and only it");
    }
  }

  public static ApprovalRoute throughCommune(String communeCode) {
    return new ApprovalRoute(Kind.COMMUNE_THEN_DEPARTMENT, communeCode);
  }

  public static ApprovalRoute departmentOnly() {
    return new ApprovalRoute(Kind.DEPARTMENT, null);
  }

  /** The level that approves a freshly submitted report. */
  public ApprovalLevel firstLevel() {
    return kind == Kind.COMMUNE_THEN_DEPARTMENT ? ApprovalLevel.COMMUNE : ApprovalLevel.DEPARTMENT;
  }
}
