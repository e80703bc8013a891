package vn.edu.platform.plan.report.application.port.in;

/** The department defines report forms on the tasks and targets of its plans. Audited. */
public interface ManageReportFormsUseCase {

  /**
   * Defines a form. One form per task or target and period type: a second one answers {@link
   * vn.edu.platform.kernel.AlreadyExists} {@code report-form-exists}.
   */
  ReportViews.FormView create(ReportCommands.CreateForm command);
}
