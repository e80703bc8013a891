package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.codes;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * A task (nhiệm vụ) of a plan was assigned to its units. plan-service publishes it when a task of a
 * plan's appendix is recorded with its lead unit, coordinating units and deadline, and again with
 * the full new state whenever those change (the latest event per task wins).
 *
 * @param taskId id of the task; the subject and Kafka key
 * @param planId the plan the task belongs to
 * @param parentTaskId the task this one details, for sub-tasks
 * @param leadUnitCode the unit in charge (đơn vị chủ trì)
 * @param coordinatingUnitCodes the units that support it (đơn vị phối hợp); never the lead unit
 * @param assignedUnitCodes the units that carry the task out and report on it, e.g. every commune
 *     and school; their progress arrives as {@link TaskStatusChanged} per unit
 * @param deadline when the task is due
 */
@EventType(
    type = "vn.edu.platform.plan.TaskAssigned",
    version = 1,
    topic = Topics.PLAN_TASK,
    source = "plan-service")
public record TaskAssigned(
    UUID eventId,
    Instant occurredAt,
    UUID taskId,
    UUID planId,
    @NullableField UUID parentTaskId,
    String leadUnitCode,
    List<String> coordinatingUnitCodes,
    List<String> assignedUnitCodes,
    Deadline deadline)
    implements IntegrationEvent {

  public TaskAssigned {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(taskId, "taskId");
    required(planId, "planId");
    check(!taskId.equals(parentTaskId), "a task cannot be its own parent");
    leadUnitCode = text(leadUnitCode, "leadUnitCode");
    coordinatingUnitCodes = codes(coordinatingUnitCodes, "coordinatingUnitCodes");
    assignedUnitCodes = codes(assignedUnitCodes, "assignedUnitCodes");
    required(deadline, "deadline");
    check(
        !coordinatingUnitCodes.contains(leadUnitCode),
        "the lead unit is not also a coordinating unit");
  }

  @Override
  public String subject() {
    return taskId.toString();
  }

  /**
   * A task's deadline (thời hạn) as the plan states it: a date, a month, a quarter, a year, or
   * recurring (thường xuyên). Exactly the field of its {@code kind} is set; the others are null.
   *
   * @param kind how the plan states the deadline
   * @param date for {@link Kind#DATE}
   * @param month for {@link Kind#MONTH}, written {@code 2026-06}
   * @param quarter for {@link Kind#QUARTER}, written {@code 2026-Q2}
   * @param year for {@link Kind#YEAR}
   * @param recurrence for {@link Kind#RECURRING}, when the plan gives a schedule: an RFC 5545 RRULE
   *     such as {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10} (report before 10 November each year);
   *     null for tasks that simply run continuously
   */
  public record Deadline(
      Kind kind,
      @NullableField LocalDate date,
      @NullableField YearMonth month,
      @NullableField String quarter,
      @NullableField Integer year,
      @NullableField String recurrence) {

    private static final Pattern QUARTER = Pattern.compile("^[0-9]{4}-Q[1-4]$");
    private static final Pattern RRULE_FREQ =
        Pattern.compile("(^|;)FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;|$)");

    /** How a deadline is stated. */
    public enum Kind {
      DATE,
      MONTH,
      QUARTER,
      YEAR,
      RECURRING
    }

    public Deadline {
      required(kind, "deadline kind");
      quarter = quarter == null ? null : text(quarter, "deadline quarter");
      recurrence = recurrence == null ? null : text(recurrence, "deadline recurrence");
      check((kind == Kind.DATE) == (date != null), "deadline date is set for DATE only");
      check((kind == Kind.MONTH) == (month != null), "deadline month is set for MONTH only");
      check(
          (kind == Kind.QUARTER) == (quarter != null), "deadline quarter is set for QUARTER only");
      check((kind == Kind.YEAR) == (year != null), "deadline year is set for YEAR only");
      check(
          kind == Kind.RECURRING || recurrence == null,
          "deadline recurrence is set for RECURRING only");
      check(
          quarter == null || QUARTER.matcher(quarter).matches(),
          "deadline quarter is written like 2026-Q2");
      check(year == null || (year >= 1900 && year <= 9999), "deadline year has four digits");
      check(
          recurrence == null || RRULE_FREQ.matcher(recurrence).find(),
          "deadline recurrence is an RFC 5545 RRULE with FREQ");
    }

    /** Due on a given day. */
    public static Deadline on(LocalDate date) {
      return new Deadline(Kind.DATE, date, null, null, null, null);
    }

    /** Due within a month. */
    public static Deadline in(YearMonth month) {
      return new Deadline(Kind.MONTH, null, month, null, null, null);
    }

    /** Due within quarter {@code quarter} (1-4) of {@code year}. */
    public static Deadline inQuarter(int year, int quarter) {
      check(quarter >= 1 && quarter <= 4, "a quarter is 1 to 4");
      return new Deadline(Kind.QUARTER, null, null, year + "-Q" + quarter, null, null);
    }

    /** Due within a year. */
    public static Deadline inYear(int year) {
      return new Deadline(Kind.YEAR, null, null, null, year, null);
    }

    /** Recurring on the schedule of an RFC 5545 RRULE. */
    public static Deadline recurring(String rrule) {
      return new Deadline(Kind.RECURRING, null, null, null, null, required(rrule, "rrule"));
    }

    /** Recurring without a fixed schedule (thường xuyên: the task runs continuously). */
    public static Deadline continuous() {
      return new Deadline(Kind.RECURRING, null, null, null, null, null);
    }
  }
}
