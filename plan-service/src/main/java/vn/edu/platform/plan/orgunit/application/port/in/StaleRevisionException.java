package vn.edu.platform.plan.orgunit.application.port.in;

/** The unit changed since the caller read it (its If-Match no longer holds). */
public class StaleRevisionException extends RuntimeException {

  private final long currentRevision;

  public StaleRevisionException(String code, long currentRevision) {
    super("Unit " + code + " is at revision " + currentRevision);
    this.currentRevision = currentRevision;
  }

  public long currentRevision() {
    return currentRevision;
  }
}
