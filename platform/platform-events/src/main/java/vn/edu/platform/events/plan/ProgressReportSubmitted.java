package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * A unit submitted a progress report (báo cáo tiến độ) on a task or a target for a reporting
 * period. plan-service publishes it when the report is submitted (a resubmission after rejection is
 * a new report with a new id); reporting-service counts reporting rate and timeliness from it.
 *
 * @param reportId id of the report; the subject and Kafka key
 * @param taskId the task reported on; exactly one of {@code taskId} and {@code targetId} is set
 * @param targetId the target (chỉ tiêu) reported on
 * @param planId the plan of the task or target
 * @param unitCode the reporting unit
 * @param period the period reported on and its due date
 * @param submittedAt when the report was submitted
 * @param onTime whether it was submitted by the due date: the submission's date in Asia/Ho_Chi_Minh
 *     is on or before {@code period.dueOn}, or within an extension plan-service granted
 */
@EventType(
    type = "vn.edu.platform.plan.ProgressReportSubmitted",
    version = 1,
    topic = Topics.PLAN_PROGRESS_REPORT,
    source = "plan-service")
public record ProgressReportSubmitted(
    UUID eventId,
    Instant occurredAt,
    UUID reportId,
    @NullableField UUID taskId,
    @NullableField UUID targetId,
    UUID planId,
    String unitCode,
    ReportingPeriod period,
    Instant submittedAt,
    boolean onTime)
    implements IntegrationEvent {

  public ProgressReportSubmitted {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(reportId, "reportId");
    check((taskId == null) != (targetId == null), "exactly one of taskId and targetId is set");
    required(planId, "planId");
    unitCode = text(unitCode, "unitCode");
    required(period, "period");
    required(submittedAt, "submittedAt");
  }

  @Override
  public String subject() {
    return reportId.toString();
  }
}
