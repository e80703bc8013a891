package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * The actual value of a plan's target (chỉ tiêu) for one unit and period was reported or computed,
 * e.g. 73.14 % of schools meeting the national standard. plan-service publishes it whenever a value
 * is recorded; a later event for the same target, unit and period replaces the earlier value
 * (events of one target arrive in order).
 *
 * @param targetId the target; the subject and Kafka key
 * @param planId the plan that sets the target
 * @param unitCode the unit the value covers (a school, a commune, or the department for the whole
 *     province)
 * @param periodCode the period, in the notation of {@link ReportingPeriod.Type}: {@code 2026-03},
 *     {@code 2026-Q1}, {@code 2026-H1}, {@code 2026} or {@code 2025-2026}
 * @param value the value, in {@code unitOfMeasure}; between 0 and 100 for {@code %}
 * @param unitOfMeasure the unit of the value, e.g. {@code %} or {@code học sinh}
 * @param source whether a unit reported the value or the platform computed it from other data
 */
@EventType(
    type = "vn.edu.platform.plan.TargetValueReported",
    version = 1,
    topic = Topics.PLAN_TARGET,
    source = "plan-service")
public record TargetValueReported(
    UUID eventId,
    Instant occurredAt,
    UUID targetId,
    UUID planId,
    String unitCode,
    String periodCode,
    BigDecimal value,
    String unitOfMeasure,
    Source source)
    implements IntegrationEvent {

  private static final String PERCENT = "%";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Where a value comes from. */
  public enum Source {
    /** Entered by the unit in a progress report. */
    REPORTED,
    /** Computed by the platform from other data, e.g. the share of signed digital records. */
    COMPUTED
  }

  public TargetValueReported {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(targetId, "targetId");
    required(planId, "planId");
    unitCode = text(unitCode, "unitCode");
    periodCode = text(periodCode, "periodCode");
    ReportingPeriod.Type.ofCode(periodCode);
    required(value, "value");
    unitOfMeasure = text(unitOfMeasure, "unitOfMeasure");
    required(source, "source");
    check(
        !PERCENT.equals(unitOfMeasure) || (value.signum() >= 0 && value.compareTo(HUNDRED) <= 0),
        "a percentage is between 0 and 100");
  }

  @Override
  public String subject() {
    return targetId.toString();
  }
}
