package vn.edu.platform.plan.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * A plan (kế hoạch) of the department, or a document of a higher authority the department tracks
 * like one (a provincial directive, chỉ thị).
 *
 * @param number the document's number and symbol, e.g. {@code 570/KH-SGDĐT}; unique per issuing
 *     unit
 * @param issuedOn the document's date; no deadline of the plan lies before it
 * @param issuingUnitCode the unit of the tree that owns and tracks the plan (normally the
 *     department)
 * @param issuingAuthority who signed it: the department, or the provincial People's Committee for a
 *     directive the department tracks
 * @param legalBases the documents it implements (căn cứ)
 * @param purpose its purpose (mục đích)
 * @param requirements its requirements (yêu cầu)
 * @param phases its phases in order, not overlapping
 * @param attachments metadata of its files
 * @param targets its targets (chỉ tiêu)
 * @param revision increases with every change of the plan document (header, status, targets,
 *     tasks); send it back in {@code If-Match}
 */
public record Plan(
    UUID id,
    String number,
    LocalDate issuedOn,
    String issuingUnitCode,
    Authority issuingAuthority,
    String title,
    List<LegalBasis> legalBases,
    String purpose,
    String requirements,
    List<Phase> phases,
    List<Attachment> attachments,
    PlanStatus status,
    List<Target> targets,
    long revision) {

  /** The rule set a plan document breaks: 422 {@code plan-rule} with a pointer per broken rule. */
  public static final String RULES = "plan-rule";

  /**
   * A plan, target, task or assignment refused at {@code pointer} for breaking rule {@code code}.
   */
  public static RuleViolation refusal(String pointer, String code, String message) {
    return new RuleViolation(RULES, Violation.withMessage(pointer, code, message));
  }

  public Plan {
    number = Texts.nfc(number);
    issuingUnitCode = Texts.nfc(issuingUnitCode);
    issuingAuthority = issuingAuthority == null ? Authority.DEPARTMENT : issuingAuthority;
    title = Texts.nfc(title);
    purpose = Texts.nfc(purpose);
    requirements = Texts.nfc(requirements);
    legalBases = List.copyOf(legalBases == null ? List.of() : legalBases);
    phases = List.copyOf(phases == null ? List.of() : phases);
    attachments = List.copyOf(attachments == null ? List.of() : attachments);
    targets = List.copyOf(targets == null ? List.of() : targets);
    status = status == null ? PlanStatus.DRAFT : status;
  }

  /**
   * The plan's own rules (not its tasks'): required fields, phases in order without overlap, each
   * target within its range and due on or after the plan's date, units existing on that date.
   * Pointers are relative to the plan document.
   */
  public List<Violation> check(Units units) {
    List<Violation> violations = new ArrayList<>();
    if (number == null) {
      violations.add(Violation.withMessage("/number", "required", "A plan has a number"));
    }
    if (issuedOn == null) {
      violations.add(Violation.withMessage("/issuedOn", "required", "A plan has a date"));
    }
    if (title == null) {
      violations.add(Violation.withMessage("/title", "required", "A plan has a title"));
    }
    checkUnit(violations, units, "/issuingUnitCode", issuingUnitCode);
    Set<String> phaseCodes = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      if (!phaseCodes.add(phase.code())) {
        violations.add(
            Violation.withMessage(
                "/phases/" + i + "/code", "duplicate-phase", "Phase codes are unique"));
      }
      if (i > 0 && !phase.from().isAfter(phases.get(i - 1).to())) {
        violations.add(
            Violation.withMessage(
                "/phases/" + i + "/from",
                "phase-overlap",
                "Phases follow each other without overlapping"));
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      String at = "/targets/" + i;
      Target target = targets.get(i);
      target.check().forEach(v -> violations.add(v.under(at)));
      checkDeadline(violations, at + "/deadline", target.deadline());
      for (int u = 0; u < target.scope().unitCodes().size(); u++) {
        checkUnit(
            violations, units, at + "/scope/unitCodes/" + u, target.scope().unitCodes().get(u));
      }
    }
    return violations;
  }

  /** Adds a violation when the deadline falls before the plan's date. */
  public void checkDeadline(List<Violation> violations, String pointer, Deadline deadline) {
    if (deadline == null || issuedOn == null) {
      return;
    }
    deadline
        .lastDay()
        .filter(last -> last.isBefore(issuedOn))
        .ifPresent(
            last ->
                violations.add(
                    Violation.withMessage(
                        pointer,
                        "deadline-before-plan-date",
                        "The deadline "
                            + deadline.label()
                            + " ends before the plan's date "
                            + issuedOn)));
  }

  /** Adds a violation when the unit is not in the tree on the tree's day. */
  public static void checkUnit(
      List<Violation> violations, Units units, String pointer, String code) {
    if (code == null) {
      violations.add(Violation.withMessage(pointer, "required", "A unit code is required"));
    } else if (!units.exists(code)) {
      violations.add(
          units.known(code)
              ? Violation.withMessage(
                  pointer, "unit-not-valid", "Unit " + code + " does not exist on " + units.date())
              : Violation.withMessage(pointer, "unknown-unit", "No unit has code " + code));
    }
  }

  /** Issues a draft; the caller announces its tasks after the plan. */
  public Changes<Plan> issue(LocalDate on) {
    Plan issued = movedTo(PlanStatus.ISSUED);
    return Changes.of(
        issued,
        new PlanEvent.PlanIssued(issued),
        new PlanEvent.PlanStatusChanged(issued, status, on, "issue plan " + number));
  }

  /** Closes an issued plan: frozen until reopened. */
  public Changes<Plan> close(LocalDate on) {
    Plan closed = movedTo(PlanStatus.CLOSED);
    return Changes.of(
        closed, new PlanEvent.PlanStatusChanged(closed, status, on, "close plan " + number));
  }

  /** Reopens a closed plan, back in progress. */
  public Changes<Plan> reopen(LocalDate on) {
    if (status != PlanStatus.CLOSED) {
      throw new StateConflict(
          "plan-status-transition", "Only a closed plan is reopened, not a " + status);
    }
    Plan reopened = movedTo(PlanStatus.IN_PROGRESS);
    return Changes.of(
        reopened, new PlanEvent.PlanStatusChanged(reopened, status, on, "reopen plan " + number));
  }

  /**
   * The first progress recorded on an issued plan puts it in progress; later ones change nothing.
   */
  public Changes<Plan> progressRecorded(LocalDate on) {
    if (status != PlanStatus.ISSUED) {
      return Changes.of(this);
    }
    Plan started = movedTo(PlanStatus.IN_PROGRESS);
    return Changes.of(
        started,
        new PlanEvent.PlanStatusChanged(
            started, status, on, "plan " + number + " in progress: first progress recorded"));
  }

  /** Adds a target (already checked against the tree) to a plan that is not closed. */
  public Changes<Plan> addTarget(Target target) {
    requireChangeable();
    List<Target> all = new ArrayList<>(targets);
    all.add(target);
    Plan updated = withTargets(all);
    return Changes.of(updated, new PlanEvent.TargetAdded(updated, target));
  }

  /** Moves to {@code target} if the transition is allowed; the revision goes up. */
  public Plan movedTo(PlanStatus target) {
    if (!status.canMoveTo(target)) {
      throw new StateConflict(
          "plan-status-transition", "A plan cannot go from " + status + " to " + target);
    }
    return withStatus(target);
  }

  /** Refuses any change of a closed plan. */
  public Plan requireChangeable() {
    if (status == PlanStatus.CLOSED) {
      throw new StateConflict(
          "plan-closed", "Plan " + number + " is closed: reopen it to change it");
    }
    return this;
  }

  /** Refuses progress on a plan that is not issued (or is closed). */
  public Plan requireActive() {
    requireChangeable();
    if (!status.isActive()) {
      throw new StateConflict(
          "plan-not-issued", "Plan " + number + " is not issued: no progress is recorded on it");
    }
    return this;
  }

  public Plan withStatus(PlanStatus newStatus) {
    return new Plan(
        id,
        number,
        issuedOn,
        issuingUnitCode,
        issuingAuthority,
        title,
        legalBases,
        purpose,
        requirements,
        phases,
        attachments,
        newStatus,
        targets,
        revision + 1);
  }

  public Plan withTargets(List<Target> newTargets) {
    return new Plan(
        id,
        number,
        issuedOn,
        issuingUnitCode,
        issuingAuthority,
        title,
        legalBases,
        purpose,
        requirements,
        phases,
        attachments,
        status,
        newTargets,
        revision + 1);
  }

  /** The next revision with nothing else changed (a task of the plan changed). */
  public Plan touched() {
    return withTargets(targets);
  }
}
