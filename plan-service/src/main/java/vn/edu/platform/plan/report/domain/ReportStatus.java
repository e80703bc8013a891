package vn.edu.platform.plan.report.domain;

/**
 * Where a progress report stands.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──commune approves──▶ APPROVED_BY_COMMUNE ──department approves──▶ APPROVED
 *   ▲                  │  └──────────department approves (not a commune's school)──────────────────▲  │
 *   │                  └──reject──▶ REJECTED (kept; a new DRAFT with the same content replaces it)    │
 *   │                                                                                    reopen by decision
 * REOPENED ◀─────────────────────────────────────────────────────────────────────────────────────────┘
 *   └──submit──▶ SUBMITTED (approved again from the bottom; the first submission's time is kept)
 * </pre>
 *
 * A unit edits only a DRAFT or a REOPENED report; submitted reports wait for their approver, and
 * approved data is locked.
 */
public enum ReportStatus {
  /** Being written by the unit (dự thảo). */
  DRAFT,
  /** Sent; waiting for the commune (a commune's school) or the department. */
  SUBMITTED,
  /** Approved by the school's commune; waiting for the department. */
  APPROVED_BY_COMMUNE,
  /** Approved by the department: the data is final and locked. */
  APPROVED,
  /** Returned with a reason; closed, and replaced by a new draft with a new id. */
  REJECTED,
  /** Unlocked by a department decision; the unit corrects and submits it again. */
  REOPENED;

  /** Whether the unit may change the content. */
  public boolean isEditable() {
    return this == DRAFT || this == REOPENED;
  }

  /** Whether the report counts as received: submitted at least once and not rejected. */
  public boolean isReceived() {
    return this == SUBMITTED || this == APPROVED_BY_COMMUNE || this == APPROVED || this == REOPENED;
  }
}
