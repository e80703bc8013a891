package vn.edu.platform.plan.planning.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tables kept for reading, brought up to date in the transaction of the change: the units each
 * plan involves, and the work items that answer "my tasks" of a unit and of the units below it.
 */
public interface PlanProjections {

  /** Recomputes the units a plan involves (issuing, lead, coordinating and assigned units). */
  void refreshInvolvement(UUID planId);

  /** Rebuilds the work items of a plan (issued, closed, reopened). */
  void refreshPlanWork(UUID planId);

  /** Rebuilds the work items of a task (new units, new deadline, cancelled, reinstated). */
  void refreshTaskWork(UUID taskId);

  /** Rebuilds the work items of one assignment (new status, new due date). */
  void refreshAssignmentWork(UUID taskId, String unitCode);

  /**
   * Rebuilds every work item (on start: the tree or the assignments may have changed meanwhile).
   */
  void rebuildAllWork();

  /**
   * Takes a unit's new parent (null for a root): the unit and the units below it get the parent's
   * ancestors, and their work items are rebuilt.
   *
   * @return whether the unit's ancestors changed
   */
  boolean followUnit(String unitCode, String parentCode);

  /**
   * Takes the current tree: each unit's ancestors, nearest first. The work items of the units whose
   * ancestors changed are rebuilt, so a school moved to another commune leaves the old commune's
   * list and joins the new one's.
   *
   * @return the number of units whose ancestors changed
   */
  int followTree(Map<String, List<String>> ancestorsByUnit);
}
