package vn.edu.platform.local.demo;

/**
 * Loads one kind of demo data into one service, through that service's own API (never into its
 * database). Implementations are registered in {@link DemoDataLoaders#all()}; a loader runs only
 * when its service runs. Loading must be idempotent: a second start of the platform loads again,
 * and the service answers with what it already has.
 */
public interface DemoDataLoader {

  /** What it loads, e.g. {@code organisation directory}. */
  String description();

  /** The registry name of the service it loads into, e.g. {@code plan-service}. */
  String service();

  /**
   * Loads the data.
   *
   * @return a one-line outcome for the progress output, e.g. {@code import job 42 COMPLETED}
   * @throws DemoDataException when the service refuses or the load fails
   */
  String load(DemoContext context);
}
