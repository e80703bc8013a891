package vn.edu.platform.plan.report.application.port.in;

/** The report changed since the caller read it (its If-Match no longer holds). */
public class StaleReportException extends RuntimeException {

  private final long currentRevision;

  public StaleReportException(long currentRevision) {
    super("The report is at revision " + currentRevision);
    this.currentRevision = currentRevision;
  }

  public long currentRevision() {
    return currentRevision;
  }
}
