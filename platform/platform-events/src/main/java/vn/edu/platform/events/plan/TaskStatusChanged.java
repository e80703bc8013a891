package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.optionalText;
import static vn.edu.platform.events.EventPreconditions.required;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * The status or completion of a task (tình trạng thực hiện nhiệm vụ) changed, for one assigned unit
 * or for the task as a whole. plan-service publishes it when a unit updates its assignment, when
 * the task passes its deadline unfinished (to {@link Status#OVERDUE}) and when the task is
 * cancelled; also when only the percentage moves ({@code fromStatus} equal to {@code toStatus}).
 *
 * @param taskId the task; the subject and Kafka key (so it follows its {@link TaskAssigned})
 * @param planId the plan of the task
 * @param unitCode the assigned unit whose assignment changed; null when the change concerns the
 *     task as a whole
 * @param fromStatus status before the change
 * @param toStatus status after the change
 * @param percentComplete completion after the change, 0 to 100; 0 when not started, 100 when
 *     completed
 * @param changedOn the day the change took effect (Asia/Ho_Chi_Minh)
 */
@EventType(
    type = "vn.edu.platform.plan.TaskStatusChanged",
    version = 1,
    topic = Topics.PLAN_TASK,
    source = "plan-service")
public record TaskStatusChanged(
    UUID eventId,
    Instant occurredAt,
    UUID taskId,
    UUID planId,
    @NullableField String unitCode,
    Status fromStatus,
    Status toStatus,
    BigDecimal percentComplete,
    LocalDate changedOn)
    implements IntegrationEvent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Status of a task or of one unit's assignment. */
  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** Past its deadline and not completed (quá hạn). */
    OVERDUE,
    CANCELLED
  }

  public TaskStatusChanged {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(taskId, "taskId");
    required(planId, "planId");
    unitCode = optionalText(unitCode, "unitCode");
    required(fromStatus, "fromStatus");
    required(toStatus, "toStatus");
    required(percentComplete, "percentComplete");
    required(changedOn, "changedOn");
    check(
        percentComplete.signum() >= 0 && percentComplete.compareTo(HUNDRED) <= 0,
        "percentComplete must be between 0 and 100");
    check(
        toStatus != Status.COMPLETED || percentComplete.compareTo(HUNDRED) == 0,
        "a completed task is 100 percent complete");
    check(
        toStatus != Status.NOT_STARTED || percentComplete.signum() == 0,
        "a task not started is 0 percent complete");
  }

  @Override
  public String subject() {
    return taskId.toString();
  }
}
