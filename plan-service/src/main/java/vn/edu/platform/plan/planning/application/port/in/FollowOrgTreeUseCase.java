package vn.edu.platform.plan.planning.application.port.in;

import java.time.LocalDate;

/**
 * Keeps "my tasks" of a unit and the units below it on the current tree: a unit moved to another
 * parent takes its assignments along to the new parent's list.
 */
public interface FollowOrgTreeUseCase {

  /**
   * A unit's parent changed (or the unit was created).
   *
   * @param parentValidFrom first day of the parent link; a link that starts later is taken on that
   *     day by {@link #followTree}
   */
  void unitMoved(String unitCode, String parentCode, LocalDate parentValidFrom);

  /**
   * Compares the tree of {@code today} with the one the work items follow and rebuilds what
   * differs.
   *
   * @return the number of units whose ancestors changed
   */
  int followTree(LocalDate today);

  /** Rebuilds every work item from the tree of {@code today} (on start). */
  void rebuildAll(LocalDate today);
}
