package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.DueRule;
import vn.edu.platform.plan.report.domain.PeriodType;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportStatus;
import vn.edu.platform.plan.report.domain.ReportStep;
import vn.edu.platform.plan.report.domain.ReportingPeriod;
import vn.edu.platform.plan.report.domain.Tally;
import vn.edu.platform.plan.report.domain.ValueRange;
import vn.edu.platform.starter.web.conditional.Revisioned;

/** Response bodies of the progress reports API. */
final class ReportResponses {

  private ReportResponses() {}

  @Schema(description = "A periodic report form on a task or a target")
  record FormResponse(
      UUID id,
      UUID planId,
      @Schema(example = "570/KH-SGDĐT") String planNumber,
      @Schema(description = "The task reported on, or null") @Nullable UUID taskId,
      @Schema(description = "The target reported on, or null") @Nullable UUID targetId,
      @Schema(example = "Tỷ lệ học sinh có học bạ số") String title,
      @Schema(example = "YEAR") PeriodType periodType,
      DueRuleResponse dueRule,
      @Schema(example = "2026") String firstPeriod,
      @Schema(example = "2030") @Nullable String lastPeriod,
      @Schema(description = "Whether a submission needs the value or completion", example = "true")
          boolean valuesRequired,
      @Schema(
              description =
                  "Reporting units named by the department; empty: the task's or target's")
          List<String> unitCodes,
      @Schema(description = "For a target: the range every value must respect")
          @Nullable ValueRangeResponse valueRange,
      @Schema(example = "1") long revision) {

    static FormResponse of(ReportViews.FormView v) {
      var f = v.form();
      return new FormResponse(
          f.id(),
          f.planId(),
          v.planNumber(),
          f.taskId(),
          f.targetId(),
          f.title(),
          f.periodType(),
          DueRuleResponse.of(f.dueRule()),
          f.firstPeriod().code(),
          f.lastPeriod().code(),
          f.valuesRequired(),
          f.unitCodes(),
          ValueRangeResponse.of(v.range()),
          f.revision());
    }
  }

  @Schema(description = "When each period's report is due")
  record DueRuleResponse(
      @Schema(example = "ANNUAL") DueRule.Kind kind,
      @Schema(example = "11") @Nullable Integer month,
      @Schema(example = "10") int day,
      @Nullable Integer monthsAfterPeriod,
      @Schema(description = "As a plan writes it", example = "Ngày 10/11 hằng năm") String label) {

    static DueRuleResponse of(DueRule r) {
      return new DueRuleResponse(r.kind(), r.month(), r.day(), r.monthsAfterPeriod(), r.label());
    }
  }

  @Schema(description = "An indicator's range; null bounds are open")
  record ValueRangeResponse(
      @Schema(example = "0") @Nullable BigDecimal min,
      @Schema(example = "100") @Nullable BigDecimal max,
      @Schema(example = "%") @Nullable String unitOfMeasure) {

    static ValueRangeResponse of(ValueRange r) {
      return r == null ? null : new ValueRangeResponse(r.min(), r.max(), r.unitOfMeasure());
    }
  }

  @Schema(description = "A reporting period")
  record PeriodResponse(
      @Schema(example = "YEAR") PeriodType type,
      @Schema(example = "2026") String code,
      @Schema(example = "2026-01-01") LocalDate start,
      @Schema(example = "2026-12-31") LocalDate end,
      @Schema(description = "Last day to submit on time", example = "2026-11-10") LocalDate dueOn) {

    static PeriodResponse of(ReportingPeriod p, LocalDate dueOn) {
      return new PeriodResponse(p.type(), p.code(), p.start(), p.end(), dueOn);
    }

    static PeriodResponse of(ReportViews.PeriodView v) {
      return of(v.period(), v.dueOn());
    }
  }

  @Schema(description = "The periods of a form, in order")
  record PeriodsResponse(UUID formId, List<PeriodResponse> periods) {}

  @Schema(description = "A unit's progress report for one period")
  record ReportResponse(
      UUID id,
      UUID formId,
      UUID planId,
      @Nullable UUID taskId,
      @Nullable UUID targetId,
      @Schema(example = "S311002") String unitCode,
      PeriodResponse period,
      @Schema(
              description =
                  "DRAFT, SUBMITTED, APPROVED_BY_COMMUNE, APPROVED (locked), REJECTED (replaced by"
                      + " a new draft), REOPENED (by decision, editable)",
              example = "SUBMITTED")
          ReportStatus status,
      @Schema(description = "Target forms: the value", example = "97.5") @Nullable BigDecimal value,
      @Schema(description = "Task forms: completion 0-100", example = "60")
          @Nullable BigDecimal percentComplete,
      @Nullable String narrative,
      @Schema(description = "First submission (kept across a reopening)")
          @Nullable Instant submittedAt,
      @Schema(description = "Submitted on or before dueOn (Vietnam date)", example = "true")
          @Nullable Boolean onTime,
      @Schema(description = "The rejected report this draft continues")
          @Nullable UUID replacesReportId,
      @Schema(description = "Whose turn it is: COMMUNE or DEPARTMENT, null if nobody's")
          @Nullable ApprovalLevel awaitingLevel,
      @Schema(description = "The unit whose turn it is", example = "X11311")
          @Nullable String awaitingUnitCode,
      @Schema(description = "Submissions, approvals, rejections, reopenings, oldest first")
          List<StepResponse> history,
      @Schema(description = "Revision; If-Match of the next save", example = "2") long revision)
      implements Revisioned {

    static ReportResponse of(ReportViews.ReportView v) {
      ProgressReport r = v.report();
      return new ReportResponse(
          r.id(),
          r.formId(),
          v.form().planId(),
          v.form().taskId(),
          v.form().targetId(),
          r.unitCode(),
          PeriodResponse.of(r.period(), r.dueOn()),
          r.status(),
          r.content().value(),
          r.content().percentComplete(),
          r.content().narrative(),
          r.submittedAt(),
          r.onTime(),
          r.replacesReportId(),
          v.awaitingLevel(),
          v.awaitingUnitCode(),
          r.history().stream().map(StepResponse::of).toList(),
          r.revision());
    }
  }

  @Schema(description = "One step of a report's history")
  record StepResponse(
      @Schema(example = "APPROVED") ReportStep.Action action,
      @Schema(example = "COMMUNE") @Nullable ApprovalLevel level,
      @Schema(description = "The unit acting", example = "X11311") String unitCode,
      Instant at,
      @Schema(description = "Reason of a rejection or reopening, comment of an approval")
          @Nullable String reason,
      @Schema(description = "Reopening: the decision", example = "123/QĐ-SGDĐT")
          @Nullable String decisionNumber,
      @Nullable LocalDate decisionDate) {

    static StepResponse of(ReportStep s) {
      return new StepResponse(
          s.action(),
          s.level(),
          s.unitCode(),
          s.at(),
          s.reason(),
          s.decisionNumber(),
          s.decisionDate());
    }
  }

  @Schema(description = "A rejected report and the new draft its unit continues with")
  record RejectionResponse(ReportResponse rejected, ReportResponse draft) {}

  @Schema(
      description =
          "Completeness and timeliness: expected units, reports received (submitted, not"
              + " rejected), on time, approved; rate = received/expected and timeliness ="
              + " onTime/expected in percent (null when nobody must report)")
  record TallyResponse(
      @Schema(example = "40") int expected,
      @Schema(example = "36") int received,
      @Schema(example = "30") int onTime,
      @Schema(example = "20") int approved,
      @Schema(example = "90.00") @Nullable BigDecimal rate,
      @Schema(example = "75.00") @Nullable BigDecimal timeliness) {

    static TallyResponse of(Tally t) {
      return new TallyResponse(
          t.expected(), t.received(), t.onTime(), t.approved(), t.rate(), t.timeliness());
    }
  }

  @Schema(description = "A commune (with its schools) on the period's tree")
  record CommuneTallyResponse(
      @Schema(example = "X11311") String unitCode,
      @Schema(example = "Phường Hồng Bàng") String unitName,
      TallyResponse tally) {}

  @Schema(description = "One expected unit of the period")
  record UnitRowResponse(
      @Schema(example = "S311002") String unitCode,
      String unitName,
      @Schema(description = "Its parent on the period's last day") @Nullable String parentCode,
      @Schema(description = "The commune it counts under that day, null if none")
          @Nullable String communeCode,
      @Schema(description = "Its current report, null if none") @Nullable UUID reportId,
      @Schema(description = "null when nothing was saved") @Nullable ReportStatus status,
      @Nullable Instant submittedAt,
      @Nullable Boolean onTime) {

    static UnitRowResponse of(ReportViews.UnitRow r) {
      ProgressReport report = r.report();
      return new UnitRowResponse(
          r.unitCode(),
          r.unitName(),
          r.parentCode(),
          r.communeCode(),
          report == null ? null : report.id(),
          report == null ? null : report.status(),
          report == null ? null : report.submittedAt(),
          report == null ? null : report.onTime());
    }
  }

  @Schema(
      description =
          "Rate and timeliness of one period per unit, per commune and in total, along the tree"
              + " of the period's last day (treeDate)")
  record StatisticsResponse(
      UUID formId,
      PeriodResponse period,
      @Schema(description = "The day of the tree used", example = "2024-12-31") LocalDate treeDate,
      @Schema(
              description =
                  "PROVINCE, or the caller's unit when it sees only its own units (the totals"
                      + " then cover those)",
              example = "PROVINCE")
          String scope,
      TallyResponse total,
      List<CommuneTallyResponse> communes,
      @Schema(description = "Units under no commune: schools under the department, divisions")
          @Nullable TallyResponse directlyUnderDepartment,
      List<UnitRowResponse> units) {

    static StatisticsResponse of(ReportViews.Statistics s, String scope) {
      return new StatisticsResponse(
          s.form().form().id(),
          PeriodResponse.of(s.period()),
          s.treeDate(),
          scope,
          TallyResponse.of(s.total()),
          s.communes().stream()
              .map(
                  c ->
                      new CommuneTallyResponse(
                          c.unitCode(), c.unitName(), TallyResponse.of(c.tally())))
              .toList(),
          TallyResponse.of(s.directlyUnderDepartment()),
          s.units().stream().map(UnitRowResponse::of).toList());
    }
  }

  @Schema(description = "One period of a unit's record")
  record HistoryRowResponse(
      PeriodResponse period,
      @Schema(description = "Whether the unit had to report that period") boolean expected,
      @Nullable UUID reportId,
      @Nullable ReportStatus status,
      @Nullable Instant submittedAt,
      @Nullable Boolean onTime) {

    static HistoryRowResponse of(ReportViews.HistoryRow r) {
      ProgressReport report = r.report();
      return new HistoryRowResponse(
          PeriodResponse.of(r.period()),
          r.expected(),
          report == null ? null : report.id(),
          report == null ? null : report.status(),
          report == null ? null : report.submittedAt(),
          report == null ? null : report.onTime());
    }
  }

  @Schema(description = "A unit's own record on a form: every period begun, and its tally")
  record UnitHistoryResponse(
      UUID formId,
      @Schema(example = "S311002") String unitCode,
      @Schema(example = "2026-11-28") LocalDate asOf,
      TallyResponse tally,
      List<HistoryRowResponse> periods) {

    static UnitHistoryResponse of(ReportViews.UnitHistory h) {
      return new UnitHistoryResponse(
          h.form().form().id(),
          h.unitCode(),
          h.asOf(),
          TallyResponse.of(h.tally()),
          h.periods().stream().map(HistoryRowResponse::of).toList());
    }
  }
}
