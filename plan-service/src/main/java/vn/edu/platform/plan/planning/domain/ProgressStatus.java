package vn.edu.platform.plan.planning.domain;

/**
 * Status of a task or of one unit's assignment (tình trạng thực hiện), the same values as the
 * public {@code TaskStatusChanged} event.
 */
public enum ProgressStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  /** Past its deadline and not completed (quá hạn); set by the system, never by a unit. */
  OVERDUE,
  /** Withdrawn by the department; left out of every roll-up. */
  CANCELLED;

  /** Still to be done: the statuses a deadline can overtake. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }
}
