package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * An approved progress report was reopened (mở lại) by a decision of the department, so the unit
 * can correct it. The report is no longer approved but still received, with its first submission's
 * timeliness: a reopening decided by the department does not make the unit late. The corrected
 * report comes back as a {@link ProgressReportSubmitted} with the same id and goes through the
 * approvals again. plan-service publishes it on the report's key. The decision's reason stays in
 * plan-service: it is free text.
 *
 * @param reportId the reopened report; the subject and Kafka key
 * @param taskId the task reported on; exactly one of {@code taskId} and {@code targetId} is set
 * @param targetId the target (chỉ tiêu) reported on
 * @param planId the plan of the task or target
 * @param unitCode the unit that submitted the report
 * @param period the period reported on and its due date
 * @param reopenerUnitCode the department, which decided the reopening
 * @param decisionNumber the number of the decision (quyết định), e.g. {@code 125/QĐ-SGDĐT}
 * @param decisionDate the decision's date, when the department gave one
 * @param reopenedAt when the report was reopened
 */
@EventType(
    type = "vn.edu.platform.plan.ProgressReportReopened",
    version = 1,
    topic = Topics.PLAN_PROGRESS_REPORT,
    source = "plan-service")
public record ProgressReportReopened(
    UUID eventId,
    Instant occurredAt,
    UUID reportId,
    @NullableField UUID taskId,
    @NullableField UUID targetId,
    UUID planId,
    String unitCode,
    ReportingPeriod period,
    String reopenerUnitCode,
    String decisionNumber,
    @NullableField LocalDate decisionDate,
    Instant reopenedAt)
    implements IntegrationEvent {

  public ProgressReportReopened {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(reportId, "reportId");
    check((taskId == null) != (targetId == null), "exactly one of taskId and targetId is set");
    required(planId, "planId");
    unitCode = text(unitCode, "unitCode");
    required(period, "period");
    reopenerUnitCode = text(reopenerUnitCode, "reopenerUnitCode");
    decisionNumber = text(decisionNumber, "decisionNumber");
    required(reopenedAt, "reopenedAt");
  }

  @Override
  public String subject() {
    return reportId.toString();
  }
}
