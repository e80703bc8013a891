package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.distinctList;
import static vn.edu.platform.events.EventPreconditions.list;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * A plan (kế hoạch) was issued. plan-service publishes it once per plan, when the plan is recorded
 * as issued with its number and date; its tasks follow as {@link TaskAssigned} events and its
 * targets' values as {@link TargetValueReported} events.
 *
 * @param planId id of the plan; the subject and Kafka key
 * @param number the document number, e.g. {@code 570/KH-SGDĐT}
 * @param issuedOn date of issue on the document
 * @param issuingUnitCode code of the unit that issued the plan
 * @param title the plan's title
 * @param phases the plan's phases (giai đoạn) in order, e.g. 2025-2027 then 2027-2030; may be empty
 * @param targetIds ids of the plan's targets (chỉ tiêu); may be empty
 */
@EventType(
    type = "vn.edu.platform.plan.PlanIssued",
    version = 1,
    topic = Topics.PLAN_PLAN,
    source = "plan-service")
public record PlanIssued(
    UUID eventId,
    Instant occurredAt,
    UUID planId,
    String number,
    LocalDate issuedOn,
    String issuingUnitCode,
    String title,
    List<Phase> phases,
    List<UUID> targetIds)
    implements IntegrationEvent {

  /**
   * A phase of a plan.
   *
   * @param code the phase's code, unique in its plan, e.g. {@code 2025-2027}
   * @param from first day of the phase
   * @param to last day of the phase (inclusive)
   */
  public record Phase(String code, LocalDate from, LocalDate to) {

    public Phase {
      code = text(code, "phase code");
      required(from, "phase from");
      required(to, "phase to");
      check(!to.isBefore(from), "phase " + code + " ends before it starts");
    }
  }

  public PlanIssued {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(planId, "planId");
    number = text(number, "number");
    required(issuedOn, "issuedOn");
    issuingUnitCode = text(issuingUnitCode, "issuingUnitCode");
    title = text(title, "title");
    phases = list(phases, "phases");
    targetIds = distinctList(targetIds, "targetIds");
    check(
        phases.stream().map(Phase::code).distinct().count() == phases.size(),
        "phase codes must be unique");
  }

  @Override
  public String subject() {
    return planId.toString();
  }
}
