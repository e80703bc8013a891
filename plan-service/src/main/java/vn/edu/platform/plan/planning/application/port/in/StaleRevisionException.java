package vn.edu.platform.plan.planning.application.port.in;

/** The plan, task or assignment changed since the caller read it (its If-Match no longer holds). */
public class StaleRevisionException extends RuntimeException {

  private final long currentRevision;

  public StaleRevisionException(String what, long currentRevision) {
    super(what + " is at revision " + currentRevision);
    this.currentRevision = currentRevision;
  }

  public long currentRevision() {
    return currentRevision;
  }
}
