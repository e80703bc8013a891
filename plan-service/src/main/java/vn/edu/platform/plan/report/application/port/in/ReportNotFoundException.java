package vn.edu.platform.plan.report.application.port.in;

/** No form or report with this id, or none the caller may see (nothing leaks). */
public class ReportNotFoundException extends RuntimeException {

  private final String code;
  private final String id;

  public ReportNotFoundException(String code, String id) {
    super(code + " " + id);
    this.code = code;
    this.id = id;
  }

  public static ReportNotFoundException form(Object id) {
    return new ReportNotFoundException("report-form-not-found", String.valueOf(id));
  }

  public static ReportNotFoundException report(Object id) {
    return new ReportNotFoundException("report-not-found", String.valueOf(id));
  }

  /**
   * @return the stable problem code
   */
  public String code() {
    return code;
  }

  public String id() {
    return id;
  }
}
