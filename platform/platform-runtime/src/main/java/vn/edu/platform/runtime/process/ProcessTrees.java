package vn.edu.platform.runtime.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Stopping a process together with everything it started. */
public final class ProcessTrees {

  private ProcessTrees() {}

  /**
   * Asks the process and its descendants to stop (SIGTERM), waits up to {@code grace}, then kills
   * what is left (SIGKILL). The tree is taken before anything is signalled, because orphans are
   * re-parented and would drop out of it (Keycloak's first start re-executes Java inside {@code
   * kc.sh}, for one).
   *
   * @return whether everything stopped within the grace period
   */
  public static boolean terminate(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(root);
    tree.forEach(ProcessHandle::destroy);
    if (Await.within(grace, () -> tree.stream().noneMatch(ProcessHandle::isAlive))) {
      return true;
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    Await.within(Duration.ofSeconds(10), () -> tree.stream().noneMatch(ProcessHandle::isAlive));
    return false;
  }
}
