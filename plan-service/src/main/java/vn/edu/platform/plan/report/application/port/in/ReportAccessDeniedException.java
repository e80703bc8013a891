package vn.edu.platform.plan.report.application.port.in;

/**
 * The caller may not act on this unit's report: a commune officer approves only the reports of the
 * schools its commune holds today.
 */
public class ReportAccessDeniedException extends RuntimeException {

  private final String unitCode;

  public ReportAccessDeniedException(String unitCode) {
    super("No right on the reports of " + unitCode);
    this.unitCode = unitCode;
  }

  public String unitCode() {
    return unitCode;
  }
}
