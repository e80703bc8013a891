package vn.edu.platform.plan.planning.domain;

import java.util.Set;

/**
 * Where a plan stands.
 *
 * <pre>
 * DRAFT ──issue──▶ ISSUED ──first progress──▶ IN_PROGRESS ──close──▶ CLOSED
 *                    └──────────────close─────────────────────────────▲  │
 *                                     IN_PROGRESS ◀──────reopen─────────┘
 * </pre>
 *
 * A closed plan is frozen: nothing of it (tasks, assignments, progress) changes until it is
 * reopened, which is itself audited. Only issued plans are visible to the units they involve.
 */
public enum PlanStatus {
  /** Being written in the department (dự thảo); seen by department staff only. */
  DRAFT,
  /** Signed and sent out (ban hành); its tasks are assigned. */
  ISSUED,
  /** At least one assigned unit has started (đang triển khai). */
  IN_PROGRESS,
  /** Finished and summarised (tổng kết); frozen until reopened. */
  CLOSED;

  public Set<PlanStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(ISSUED);
      case ISSUED -> Set.of(IN_PROGRESS, CLOSED);
      case IN_PROGRESS -> Set.of(CLOSED);
      case CLOSED -> Set.of(IN_PROGRESS);
    };
  }

  public boolean canMoveTo(PlanStatus target) {
    return next().contains(target);
  }

  /** Issued or in progress: tasks run, progress is recorded, deadlines pass. */
  public boolean isActive() {
    return this == ISSUED || this == IN_PROGRESS;
  }
}
