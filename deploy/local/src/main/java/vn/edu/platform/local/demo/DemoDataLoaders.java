package vn.edu.platform.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The registry of demo data loaders, in load order (a loader may rely on data of one above it).
 *
 * <p>Adding a service's demo data is one class implementing {@link DemoDataLoader} and one line in
 * {@link #all()}. {@link PlanSeedsDemoLoader} records the seed plans ({@code demo/plans/} of this
 * module) after {@link OrgDirectoryDemoLoader}, because tasks name their lead and coordinating
 * units by code.
 */
public final class DemoDataLoaders {

  private DemoDataLoaders() {}

  /** Every loader. */
  public static List<DemoDataLoader> all() {
    return List.of(new OrgDirectoryDemoLoader(), new PlanSeedsDemoLoader());
  }

  /** What happened to one loader at a start. */
  public record Outcome(DemoDataLoader loader, Status status, String detail) {}

  public enum Status {
    LOADED,
    SKIPPED,
    FAILED
  }

  /**
   * Runs each loader whose service runs; the others are skipped with a note. A failing loader does
   * not stop the next one.
   */
  public static List<Outcome> run(
      List<DemoDataLoader> loaders, Set<String> runningServices, DemoContext context) {
    List<Outcome> outcomes = new ArrayList<>();
    for (DemoDataLoader loader : loaders) {
      if (!runningServices.contains(loader.service())) {
        outcomes.add(
            new Outcome(
                loader, Status.SKIPPED, loader.service() + " is not running (not built yet)"));
        continue;
      }
      try {
        outcomes.add(new Outcome(loader, Status.LOADED, loader.load(context)));
      } catch (RuntimeException e) {
        outcomes.add(new Outcome(loader, Status.FAILED, String.valueOf(e.getMessage())));
      }
    }
    return outcomes;
  }
}
