package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * A progress report was approved (phê duyệt) by the unit above the reporting one: a commune
 * approves its schools' reports, the department those of communes and of the schools directly under
 * it. plan-service publishes it once per approval; it follows the report's {@link
 * ProgressReportSubmitted} on the same key.
 *
 * @param reportId the approved report; the subject and Kafka key
 * @param unitCode the unit that submitted the report
 * @param approverUnitCode the unit that approved it; never the reporting unit itself
 * @param level the level of the approving unit
 * @param approvedAt when it was approved
 */
@EventType(
    type = "vn.edu.platform.plan.ProgressReportApproved",
    version = 1,
    topic = Topics.PLAN_PROGRESS_REPORT,
    source = "plan-service")
public record ProgressReportApproved(
    UUID eventId,
    Instant occurredAt,
    UUID reportId,
    String unitCode,
    String approverUnitCode,
    Level level,
    Instant approvedAt)
    implements IntegrationEvent {

  /** Level of the approving unit. */
  public enum Level {
    /** A commune-level unit (cấp xã). */
    COMMUNE,
    /** The department (cấp Sở). */
    DEPARTMENT
  }

  public ProgressReportApproved {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(reportId, "reportId");
    unitCode = text(unitCode, "unitCode");
    approverUnitCode = text(approverUnitCode, "approverUnitCode");
    required(level, "level");
    required(approvedAt, "approvedAt");
    check(!approverUnitCode.equals(unitCode), "a unit cannot approve its own report");
  }

  @Override
  public String subject() {
    return reportId.toString();
  }
}
