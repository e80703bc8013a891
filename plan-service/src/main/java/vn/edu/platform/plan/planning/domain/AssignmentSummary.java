package vn.edu.platform.plan.planning.domain;

import java.math.BigDecimal;

/**
 * The assignments of one task counted by status, as of a day, with the sum of their percentages.
 * Cancelled assignments are counted apart and left out of {@link #active()} and the sum.
 */
public record AssignmentSummary(
    int notStarted,
    int inProgress,
    int completed,
    int overdue,
    int cancelled,
    BigDecimal percentSum) {

  public static final AssignmentSummary NONE =
      new AssignmentSummary(0, 0, 0, 0, 0, BigDecimal.ZERO);

  public AssignmentSummary {
    percentSum = percentSum == null ? BigDecimal.ZERO : percentSum;
  }

  /** Assignments that count: every one but the cancelled. */
  public int active() {
    return notStarted + inProgress + completed + overdue;
  }

  public AssignmentSummary plus(ProgressStatus status, BigDecimal percent) {
    return new AssignmentSummary(
        notStarted + (status == ProgressStatus.NOT_STARTED ? 1 : 0),
        inProgress + (status == ProgressStatus.IN_PROGRESS ? 1 : 0),
        completed + (status == ProgressStatus.COMPLETED ? 1 : 0),
        overdue + (status == ProgressStatus.OVERDUE ? 1 : 0),
        cancelled + (status == ProgressStatus.CANCELLED ? 1 : 0),
        status == ProgressStatus.CANCELLED ? percentSum : percentSum.add(percent));
  }
}
