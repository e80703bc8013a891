package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.codes;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * A target (chỉ tiêu) was added to a plan after it was issued. The targets a plan has when it is
 * issued are listed in its {@link PlanIssued}; this event announces the ones that come later, so a
 * consumer that keeps a plan's targets misses none. It shares the plan's key, so it follows the
 * plan's {@link PlanIssued}; the target's values come as {@link TargetValueReported} events.
 *
 * @param planId the plan; the subject and Kafka key
 * @param targetId the new target
 * @param indicator what is measured, e.g. "Tỷ lệ trường có học bạ số"
 * @param unitOfMeasure e.g. {@code %}
 * @param targetValue the value to reach
 * @param dueOn the last day of the target's deadline; null when the target has none
 * @param scopeLevel at which level the target is counted
 * @param scopeUnitCodes the units it is limited to; empty for all units of its level
 */
@EventType(
    type = "vn.edu.platform.plan.TargetAdded",
    version = 1,
    topic = Topics.PLAN_PLAN,
    source = "plan-service")
public record TargetAdded(
    UUID eventId,
    Instant occurredAt,
    UUID planId,
    UUID targetId,
    String indicator,
    String unitOfMeasure,
    BigDecimal targetValue,
    @NullableField LocalDate dueOn,
    ScopeLevel scopeLevel,
    List<String> scopeUnitCodes)
    implements IntegrationEvent {

  /** The level at which a target is counted. */
  public enum ScopeLevel {
    PROVINCE,
    COMMUNE,
    SCHOOL
  }

  public TargetAdded {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(planId, "planId");
    required(targetId, "targetId");
    indicator = text(indicator, "indicator");
    unitOfMeasure = text(unitOfMeasure, "unitOfMeasure");
    required(targetValue, "targetValue");
    required(scopeLevel, "scopeLevel");
    scopeUnitCodes = codes(scopeUnitCodes, "scopeUnitCodes");
  }

  @Override
  public String subject() {
    return planId.toString();
  }
}
