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
 * A progress report was rejected (trả lại) by the unit whose turn it was to approve it. The report
 * no longer counts as received: the unit goes on with a new draft of the same content, which is a
 * new report with a new id ({@code nextReportId}) and comes back as its own {@link
 * ProgressReportSubmitted}. plan-service publishes it on the report's key, after the report's
 * submission and any approval. The rejection's reason stays in plan-service: it is free text.
 *
 * @param reportId the rejected report; the subject and Kafka key
 * @param taskId the task reported on; exactly one of {@code taskId} and {@code targetId} is set
 * @param targetId the target (chỉ tiêu) reported on
 * @param planId the plan of the task or target
 * @param unitCode the unit that submitted the report
 * @param period the period reported on and its due date
 * @param rejecterUnitCode the unit that rejected it; never the reporting unit itself
 * @param level the level of the rejecting unit
 * @param rejectedAt when it was rejected
 * @param nextReportId the new draft that carries the content on
 */
@EventType(
    type = "vn.edu.platform.plan.ProgressReportRejected",
    version = 1,
    topic = Topics.PLAN_PROGRESS_REPORT,
    source = "plan-service")
public record ProgressReportRejected(
    UUID eventId,
    Instant occurredAt,
    UUID reportId,
    @NullableField UUID taskId,
    @NullableField UUID targetId,
    UUID planId,
    String unitCode,
    ReportingPeriod period,
    String rejecterUnitCode,
    ProgressReportApproved.Level level,
    Instant rejectedAt,
    UUID nextReportId)
    implements IntegrationEvent {

  public ProgressReportRejected {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(reportId, "reportId");
    check((taskId == null) != (targetId == null), "exactly one of taskId and targetId is set");
    required(planId, "planId");
    unitCode = text(unitCode, "unitCode");
    required(period, "period");
    rejecterUnitCode = text(rejecterUnitCode, "rejecterUnitCode");
    required(level, "level");
    required(rejectedAt, "rejectedAt");
    required(nextReportId, "nextReportId");
    check(!rejecterUnitCode.equals(unitCode), "a unit cannot reject its own report");
    check(!nextReportId.equals(reportId), "the next report is a new report");
  }

  @Override
  public String subject() {
    return reportId.toString();
  }
}
