package vn.edu.platform.plan.planning.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Marks the work whose deadline passed unfinished as overdue, for every issued plan, and announces
 * each transition once. Run daily by a scheduled job; callable with any day (tests, a catch-up
 * after downtime).
 */
public interface DetectOverdueUseCase {

  PlanViews.OverdueRun detectOverdue(LocalDate today);

  /** The same for one plan (an operator's catch-up of one plan; tests of a given day). */
  PlanViews.OverdueRun detectOverdue(UUID planId, LocalDate today);
}
