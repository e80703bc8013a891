package vn.edu.platform.gateway.support;

/**
 * The services every integration test's gateway routes to, started once per test JVM:
 *
 * <ul>
 *   <li>plan-service and diploma-service: stubs that answer;
 *   <li>admission-service: a stub, with a 1 s response timeout configured for its routes;
 *   <li>student-record-service: configured, but nothing listens (connections refused);
 *   <li>reporting-service: not configured at all, so it has no route.
 * </ul>
 */
public final class Downstreams {

  public static final StubService PLAN = StubService.start("plan-service");
  public static final StubService DIPLOMA = StubService.start("diploma-service");
  public static final StubService ADMISSION = StubService.start("admission-service");
  public static final String STUDENT_RECORD_DOWN = StubService.refusingBaseUrl();

  private Downstreams() {}
}
