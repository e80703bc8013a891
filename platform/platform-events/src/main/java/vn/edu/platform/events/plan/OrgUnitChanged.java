package vn.edu.platform.events.plan;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.codes;
import static vn.edu.platform.events.EventPreconditions.optionalText;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * A unit of the organisation tree (đơn vị) was created, changed, moved, merged, split, closed or
 * reopened. plan-service publishes it for every change of a unit or of its parent link; it carries
 * the unit's full state after the change, so a replica needs only the latest event per unit.
 *
 * <p>Units and parent links carry validity dates so that a report for 2024 aggregates along the
 * 2024 tree: a replica keeps one row per unit and validity period rather than overwriting. Events
 * of one unit arrive in order (key = unit code) but may be replayed: keep the highest {@code
 * revision} seen per unit and ignore events with a lower or equal one.
 *
 * @param changeType what happened to the unit
 * @param unitCode the unit's code in the education sector; the subject and Kafka key
 * @param name official name of the unit (an organisation, never a person)
 * @param kind what the unit is
 * @param schoolLevel the level a school teaches; set for {@link Kind#SCHOOL} only, and always for
 *     it
 * @param ownership public or private; for {@link Kind#SCHOOL} only
 * @param administrativeCode national administrative unit code (mã đơn vị hành chính, National
 *     Statistics Office): 5 digits for a commune, 2 for a province; for {@link Kind#COMMUNE} and
 *     {@link Kind#PEOPLES_COMMITTEE} only
 * @param parentCode code of the parent unit; {@code null} for the root (the department)
 * @param validFrom first day the unit exists
 * @param validTo last day the unit exists (inclusive); set once it is merged, split or closed
 * @param parentValidFrom first day of the current parent link; set exactly when {@code parentCode}
 *     is; the previous link ended the day before
 * @param successorCodes units that took over a merged (exactly one) or split (one or more) unit;
 *     empty for the other change types
 * @param revision version of the unit's state, starting at 1 and increasing with every event of
 *     this unit
 */
@EventType(
    type = "vn.edu.platform.plan.OrgUnitChanged",
    version = 1,
    topic = Topics.PLAN_ORG_UNIT,
    source = "plan-service")
public record OrgUnitChanged(
    UUID eventId,
    Instant occurredAt,
    ChangeType changeType,
    String unitCode,
    String name,
    Kind kind,
    @NullableField SchoolLevel schoolLevel,
    @NullableField Ownership ownership,
    @NullableField String administrativeCode,
    @NullableField String parentCode,
    LocalDate validFrom,
    @NullableField LocalDate validTo,
    @NullableField LocalDate parentValidFrom,
    List<String> successorCodes,
    long revision)
    implements IntegrationEvent {

  private static final Pattern ADMINISTRATIVE_CODE =
      Pattern.compile("^([0-9]{2}|[0-9]{3}|[0-9]{5})$");
  private static final Set<ChangeType> ENDING = Set.of(ChangeType.MERGED, ChangeType.SPLIT);

  /** What happened to the unit. */
  public enum ChangeType {
    /** A new unit (thành lập). */
    CREATED,
    /** Name, kind, level, ownership or codes changed. */
    UPDATED,
    /** The unit moved under another parent from {@code parentValidFrom}. */
    MOVED,
    /** The unit ended by merging into its single successor (sáp nhập). */
    MERGED,
    /** The unit ended by being divided among its successors (chia tách). */
    SPLIT,
    /** The unit ended without successor (giải thể). */
    CLOSED,
    /** A closed unit exists again under its old code. */
    REOPENED
  }

  /** What a unit is. */
  public enum Kind {
    /** The provincial Department of Education and Training (Sở GD&ĐT), root of the tree. */
    DEPARTMENT,
    /** A division (phòng) inside the department, e.g. the secondary education division. */
    DIVISION,
    /**
     * A district (huyện, quận, thị xã) of the tree before 1 July 2025, when the district level was
     * abolished; kept so that reports of earlier years aggregate along the tree of their time.
     */
    DISTRICT,
    /** A commune-level unit (xã, phường, đặc khu), under which preschools to THCS sit. */
    COMMUNE,
    /** A People's Committee (Ủy ban nhân dân) acting in plans, e.g. as approving authority. */
    PEOPLES_COMMITTEE,
    /** A school or a continuing-education centre. */
    SCHOOL
  }

  /** The level a school teaches. */
  public enum SchoolLevel {
    /** Mầm non. */
    PRESCHOOL,
    /** Tiểu học, grades 1-5. */
    PRIMARY,
    /** Trung học cơ sở (THCS), grades 6-9. */
    LOWER_SECONDARY,
    /** Trung học phổ thông (THPT), grades 10-12. */
    UPPER_SECONDARY,
    /** A school spanning several levels (trường nhiều cấp học). */
    MULTI_LEVEL,
    /** Giáo dục thường xuyên (GDTX) centre. */
    CONTINUING_EDUCATION
  }

  /** Who runs a school. */
  public enum Ownership {
    /** Công lập. */
    PUBLIC,
    /** Ngoài công lập. */
    PRIVATE
  }

  public OrgUnitChanged {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(changeType, "changeType");
    unitCode = text(unitCode, "unitCode");
    name = text(name, "name");
    required(kind, "kind");
    administrativeCode = optionalText(administrativeCode, "administrativeCode");
    parentCode = optionalText(parentCode, "parentCode");
    required(validFrom, "validFrom");
    successorCodes = codes(successorCodes, "successorCodes");

    check(
        (kind == Kind.SCHOOL) == (schoolLevel != null),
        "schoolLevel is set for schools and only for them");
    check(ownership == null || kind == Kind.SCHOOL, "ownership is set for schools only");
    check(
        administrativeCode == null
            || kind == Kind.COMMUNE
            || kind == Kind.PEOPLES_COMMITTEE
            || kind == Kind.DISTRICT,
        "administrativeCode is set for communes, districts and People's Committees only");
    check(
        administrativeCode == null || ADMINISTRATIVE_CODE.matcher(administrativeCode).matches(),
        "administrativeCode must be 2, 3 or 5 digits");
    check(!unitCode.equals(parentCode), "a unit cannot be its own parent");
    check(
        (parentCode == null) == (parentValidFrom == null),
        "parentValidFrom is set exactly when parentCode is");
    check(
        parentValidFrom == null || !parentValidFrom.isBefore(validFrom),
        "parentValidFrom must not be before validFrom");
    check(validTo == null || !validTo.isBefore(validFrom), "validTo must not be before validFrom");
    check(changeType != ChangeType.MOVED || parentCode != null, "a moved unit has a parent");
    check(
        !(ENDING.contains(changeType) || changeType == ChangeType.CLOSED) || validTo != null,
        "a merged, split or closed unit has validTo");
    check(
        ENDING.contains(changeType) != successorCodes.isEmpty(),
        "successorCodes are given for merged and split units and only for them");
    check(
        changeType != ChangeType.MERGED || successorCodes.size() == 1,
        "a merged unit has exactly one successor");
    check(!successorCodes.contains(unitCode), "a unit cannot succeed itself");
    check(revision >= 1, "revision starts at 1");
  }

  @Override
  public String subject() {
    return unitCode;
  }
}
