package vn.edu.platform.events.plan.signers;

import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * A delegation to sign was ended before its term by decision (chấm dứt ủy quyền): it covers no day
 * after {@code lastDay} (the day before its first day when it ends before it began). A delegation
 * is ended once. plan-service publishes it on the delegation's key, after its {@link
 * SigningDelegationGranted}.
 *
 * @param delegationId the ended delegation; the subject and Kafka key
 * @param delegatorUnitCode the unit whose role was delegated
 * @param lastDay the last day the delegation still covers
 * @param decisionNumber the number of the ending decision
 * @param decisionDate the decision's date
 * @param endedAt when the ending was recorded
 */
@EventType(
    type = "vn.edu.platform.plan.signers.SigningDelegationEnded",
    version = 1,
    topic = Topics.PLAN_SIGNING_DELEGATION,
    source = "plan-service")
public record SigningDelegationEnded(
    UUID eventId,
    Instant occurredAt,
    UUID delegationId,
    String delegatorUnitCode,
    LocalDate lastDay,
    String decisionNumber,
    LocalDate decisionDate,
    Instant endedAt)
    implements IntegrationEvent {

  public SigningDelegationEnded {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(delegationId, "delegationId");
    delegatorUnitCode = text(delegatorUnitCode, "delegatorUnitCode");
    required(lastDay, "lastDay");
    decisionNumber = text(decisionNumber, "decisionNumber");
    required(decisionDate, "decisionDate");
    required(endedAt, "endedAt");
  }

  @Override
  public String subject() {
    return delegationId.toString();
  }
}
