package vn.edu.platform.plan.report.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * A periodic report form (mẫu báo cáo định kỳ) on one task or one target of a plan: the period
 * type, the due rule, the first and last period, and whether values are required.
 *
 * <p>Who reports is not stored but resolved for each period, on the tree at the period's end: the
 * units in {@code unitCodes} when the department named them, otherwise the task's assigned units or
 * the target's scope. So an assignment added later is expected from its next periods, and a unit
 * merged into another is replaced by its successor.
 *
 * @param taskId the task reported on; exactly one of {@code taskId} and {@code targetId} is set
 * @param targetId the target (chỉ tiêu) reported on
 * @param title what the form asks for, as units see it (the task's content or the indicator by
 *     default)
 * @param valuesRequired whether a submission must carry the target's value or the task's completion
 *     (a narrative alone otherwise)
 * @param unitCodes the reporting units the department named; empty means "the task's or target's
 *     units"
 * @param revision increases with every change of the form
 */
public record ReportForm(
    UUID id,
    UUID planId,
    UUID taskId,
    UUID targetId,
    String title,
    PeriodType periodType,
    DueRule dueRule,
    ReportingPeriod firstPeriod,
    ReportingPeriod lastPeriod,
    boolean valuesRequired,
    List<String> unitCodes,
    long revision) {

  /**
   * The rule set forms and reports break: 422 {@code report-rule} with a pointer per broken rule.
   */
  public static final String RULES = "report-rule";

  /** A form or report refused at {@code pointer} for breaking rule {@code code}. */
  public static RuleViolation refusal(String pointer, String code, String message) {
    return new RuleViolation(RULES, Violation.withMessage(pointer, code, message));
  }

  /** At most twenty years of monthly reports in one form. */
  public static final int MAX_PERIODS = 240;

  public static final int MAX_TITLE = 500;

  public ReportForm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(periodType, "periodType");
    Objects.requireNonNull(dueRule, "dueRule");
    Objects.requireNonNull(firstPeriod, "firstPeriod");
    Objects.requireNonNull(lastPeriod, "lastPeriod");
    if ((taskId == null) == (targetId == null)) {
      throw new IllegalArgumentException("a form is on a task or on a target");
    }
    if (firstPeriod.type() != periodType || lastPeriod.type() != periodType) {
      throw new IllegalArgumentException("periods of another type than the form's");
    }
    title = title == null ? null : Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
    unitCodes = List.copyOf(new LinkedHashSet<>(unitCodes == null ? List.of() : unitCodes));
  }

  /**
   * A new form, checked against its plan's span: the first period must not end before the plan
   * starts (its date, or its first phase's start when earlier), the last must not start after its
   * last phase ends.
   *
   * @param planEnd the last day of the plan's last phase, or null when the plan has no phases
   * @throws RuleViolation with every broken rule, pointers relative to the request
   */
  public static ReportForm define(
      UUID id,
      UUID planId,
      UUID taskId,
      UUID targetId,
      String title,
      PeriodType type,
      DueRule rule,
      String first,
      String last,
      boolean valuesRequired,
      List<String> unitCodes,
      LocalDate planStart,
      LocalDate planEnd) {
    List<Violation> violations = new ArrayList<>();
    if (type == null) {
      violations.add(Violation.withMessage("/periodType", "required", "A form has a period type"));
    }
    if (rule == null) {
      violations.add(Violation.withMessage("/dueRule", "required", "A form has a due rule"));
    } else if (type != null && !rule.fits(type)) {
      violations.add(
          Violation.withMessage(
              "/dueRule/kind",
              "rule-period-mismatch",
              "A day of the year (ANNUAL) fits yearly and school-year periods only"));
    }
    ReportingPeriod firstPeriod =
        type == null ? null : parse(type, first, "/firstPeriod", violations);
    ReportingPeriod lastPeriod = type == null ? null : parse(type, last, "/lastPeriod", violations);
    if (firstPeriod != null && lastPeriod != null) {
      if (lastPeriod.compareTo(firstPeriod) < 0) {
        violations.add(
            Violation.withMessage(
                "/lastPeriod", "before-first-period", "The last period precedes the first"));
      } else if (count(firstPeriod, lastPeriod) > MAX_PERIODS) {
        violations.add(
            Violation.withMessage(
                "/lastPeriod",
                "too-many-periods",
                "A form has at most " + MAX_PERIODS + " periods"));
      }
      if (planStart != null && firstPeriod.end().isBefore(planStart)) {
        violations.add(
            Violation.withMessage(
                "/firstPeriod",
                "outside-plan",
                "Period " + firstPeriod.code() + " ends before the plan starts on " + planStart));
      }
      if (planEnd != null && lastPeriod.start().isAfter(planEnd)) {
        violations.add(
            Violation.withMessage(
                "/lastPeriod",
                "outside-plan",
                "Period " + lastPeriod.code() + " starts after the plan ends on " + planEnd));
      }
    }
    if (title != null && title.strip().length() > MAX_TITLE) {
      violations.add(
          Violation.withMessage(
              "/title", "too-long", "A title has at most " + MAX_TITLE + " characters"));
    }
    RuleViolation.throwIfAny(RULES, violations);
    return new ReportForm(
        id,
        planId,
        taskId,
        targetId,
        title,
        type,
        rule,
        firstPeriod,
        lastPeriod,
        valuesRequired,
        unitCodes,
        1);
  }

  public boolean onTask() {
    return taskId != null;
  }

  /** The task's or the target's id. */
  public UUID subjectId() {
    return onTask() ? taskId : targetId;
  }

  /** Every period of the form, in order. */
  public List<ReportingPeriod> periods() {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (ReportingPeriod p = firstPeriod; p.compareTo(lastPeriod) <= 0; p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  /**
   * The period with this code.
   *
   * @throws RuleViolation at {@code /period}: {@code invalid-period} when the code is not of the
   *     form's type, {@code unknown-period} when it lies outside the form's periods
   */
  public ReportingPeriod period(String code) {
    ReportingPeriod period =
        ReportingPeriod.parse(periodType, code)
            .orElseThrow(
                () ->
                    refusal(
                        "/period",
                        "invalid-period",
                        code + " is not a " + periodType + " period, e.g. " + firstPeriod.code()));
    if (period.compareTo(firstPeriod) < 0 || period.compareTo(lastPeriod) > 0) {
      throw refusal(
          "/period",
          "unknown-period",
          "This form asks for periods "
              + firstPeriod.code()
              + " to "
              + lastPeriod.code()
              + ", not "
              + period.code());
    }
    return period;
  }

  /**
   * The period with this code, which must have started by {@code today}: a report is written during
   * or after its period.
   *
   * @throws RuleViolation at {@code /period}, also {@code period-not-open}
   */
  public ReportingPeriod openPeriod(String code, LocalDate today) {
    ReportingPeriod period = period(code);
    if (period.start().isAfter(today)) {
      throw refusal(
          "/period",
          "period-not-open",
          "Period " + period.code() + " starts on " + period.start() + ": report from then on");
    }
    return period;
  }

  public LocalDate dueOn(ReportingPeriod period) {
    return dueRule.dueOn(period);
  }

  private static ReportingPeriod parse(
      PeriodType type, String code, String pointer, List<Violation> violations) {
    if (code == null || code.isBlank()) {
      violations.add(
          Violation.withMessage(pointer, "required", "A form has a first and last period"));
      return null;
    }
    return ReportingPeriod.parse(type, code)
        .orElseGet(
            () -> {
              violations.add(
                  Violation.withMessage(
                      pointer, "invalid-period", code + " is not a " + type + " period code"));
              return null;
            });
  }

  private static long count(ReportingPeriod first, ReportingPeriod last) {
    long n = 0;
    for (ReportingPeriod p = first; p.compareTo(last) <= 0 && n <= MAX_PERIODS; p = p.next()) {
      n++;
    }
    return n;
  }
}
