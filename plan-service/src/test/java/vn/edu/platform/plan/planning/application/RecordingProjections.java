package vn.edu.platform.plan.planning.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;

/** Keeps which read-model rows the use cases asked to refresh. */
final class RecordingProjections implements PlanProjections {

  final List<String> refreshed = new ArrayList<>();

  @Override
  public void refreshInvolvement(UUID planId) {
    refreshed.add("involvement " + planId);
  }

  @Override
  public void refreshPlanWork(UUID planId) {
    refreshed.add("plan " + planId);
  }

  @Override
  public void refreshTaskWork(UUID taskId) {
    refreshed.add("task " + taskId);
  }

  @Override
  public void refreshAssignmentWork(UUID taskId, String unitCode) {
    refreshed.add("assignment " + taskId + "/" + unitCode);
  }

  @Override
  public void rebuildAllWork() {
    refreshed.add("all");
  }

  @Override
  public boolean followUnit(String unitCode, String parentCode) {
    refreshed.add("unit " + unitCode + " under " + parentCode);
    return true;
  }

  @Override
  public int followTree(Map<String, List<String>> ancestorsByUnit) {
    refreshed.add("tree of " + ancestorsByUnit.size() + " units");
    return 0;
  }
}
