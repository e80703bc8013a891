package vn.edu.platform.plan.report.application.port.in;

import java.util.UUID;

/** The task or target has a form of this period type already (the form's natural key). */
public class ReportFormExistsException extends RuntimeException {

  private final UUID existingFormId;

  public ReportFormExistsException(UUID existingFormId) {
    super("Report form exists: " + existingFormId);
    this.existingFormId = existingFormId;
  }

  public UUID existingFormId() {
    return existingFormId;
  }
}
