package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * A plan (kế hoạch) moved to another status. plan-service publishes it for every transition: issue
 * (after the plan's {@link PlanIssued}), the first progress recorded (in progress), close and
 * reopen. It shares the plan's key, so it stays in order after the plan's {@link PlanIssued}.
 *
 * @param planId the plan; the subject and Kafka key
 * @param number the plan's document number, e.g. {@code 570/KH-SGDĐT}
 * @param fromStatus the status it left
 * @param toStatus the status it is in now, never equal to {@code fromStatus}
 * @param changedOn the day of the transition (Asia/Ho_Chi_Minh)
 */
@EventType(
    type = "vn.edu.platform.plan.PlanStatusChanged",
    version = 1,
    topic = Topics.PLAN_PLAN,
    source = "plan-service")
public record PlanStatusChanged(
    UUID eventId,
    Instant occurredAt,
    UUID planId,
    String number,
    Status fromStatus,
    Status toStatus,
    LocalDate changedOn)
    implements IntegrationEvent {

  /** Where a plan stands. */
  public enum Status {
    /** Being written in the department (dự thảo). */
    DRAFT,
    /** Signed and sent out (ban hành). */
    ISSUED,
    /** At least one assigned unit has started (đang triển khai). */
    IN_PROGRESS,
    /** Finished and summarised (tổng kết); frozen until reopened. */
    CLOSED
  }

  public PlanStatusChanged {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(planId, "planId");
    number = text(number, "number");
    required(fromStatus, "fromStatus");
    required(toStatus, "toStatus");
    required(changedOn, "changedOn");
    check(fromStatus != toStatus, "a status change changes the status");
  }

  @Override
  public String subject() {
    return planId.toString();
  }
}
