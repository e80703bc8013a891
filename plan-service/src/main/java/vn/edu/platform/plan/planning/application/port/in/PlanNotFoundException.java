package vn.edu.platform.plan.planning.application.port.in;

/**
 * No plan, task or assignment with this id, or none the caller may see: a unit learns nothing of
 * plans that do not involve it.
 */
public class PlanNotFoundException extends RuntimeException {

  private final String code;
  private final String id;

  public PlanNotFoundException(String code, String id) {
    super(code + " " + id);
    this.code = code;
    this.id = id;
  }

  public static PlanNotFoundException plan(Object id) {
    return new PlanNotFoundException("plan-not-found", String.valueOf(id));
  }

  public static PlanNotFoundException task(Object id) {
    return new PlanNotFoundException("task-not-found", String.valueOf(id));
  }

  /**
   * @return the stable problem code, e.g. {@code task-not-found}
   */
  public String code() {
    return code;
  }

  public String id() {
    return id;
  }
}
