package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.plan.report.domain.DueRule;
import vn.edu.platform.plan.report.domain.PeriodType;
import vn.edu.platform.starter.web.text.SingleLineText;

/** Request bodies of the progress reports API. */
final class ReportRequests {

  static final String CODE = "[A-Z][A-Za-z0-9.-]{1,31}";

  private ReportRequests() {}

  @Schema(
      description =
          "A periodic report form on one task or one target of a plan (exactly one of taskId and"
              + " targetId). The same task or target with the same period type again answers 409"
              + " report-form-exists.")
  record CreateFormRequest(
      @Schema(description = "The plan") @NotNull UUID planId,
      @Schema(description = "The task reported on (its assigned units report)") UUID taskId,
      @Schema(description = "The target (chỉ tiêu) reported on (its scope's units report)")
          UUID targetId,
      @Schema(
              description =
                  "What the form asks for; by default the task's content or the indicator",
              example = "Báo cáo kết quả triển khai học bạ số")
          @Size(max = 500)
          @SingleLineText
          String title,
      @Schema(description = "The kind of period", example = "YEAR") @NotNull PeriodType periodType,
      @Schema(description = "When each period's report is due") @NotNull @Valid
          DueRuleRequest dueRule,
      @Schema(
              description =
                  "First period: 2026-03 (MONTH), 2026-Q1, 2026-H1, 2026 (YEAR), 2025-2026"
                      + " (SCHOOL_YEAR); must not end before the plan starts",
              example = "2026")
          @NotBlank
          @Size(max = 9)
          @SingleLineText
          String firstPeriod,
      @Schema(
              description = "Last period; must not start after the plan's last phase ends",
              example = "2030")
          @NotBlank
          @Size(max = 9)
          @SingleLineText
          String lastPeriod,
      @Schema(
              description =
                  "Whether a submission must carry the target's value or the task's completion"
                      + " (default true); a narrative alone otherwise",
              example = "true")
          Boolean valuesRequired,
      @Schema(
              description =
                  "The reporting units, when the department names them (required for a"
                      + " province-level target); by default the task's assigned units or the"
                      + " target's scope")
          @Size(max = 5000)
          List<@NotBlank @Size(max = 32) @Pattern(regexp = CODE) String> unitCodes) {}

  @Schema(
      description =
          "When a period's report is due (the day itself is on time). ANNUAL: day/month of the"
              + " year, for YEAR and SCHOOL_YEAR periods, the first such day on or after the"
              + " period's start (\"before 10 November each year\" = ANNUAL, month 11, day 10)."
              + " AFTER_PERIOD: day of the month monthsAfterPeriod months after the period's last"
              + " month (\"by the 5th of the next month\" = AFTER_PERIOD, 1, 5). A day beyond the"
              + " month's length means its last day.")
  record DueRuleRequest(
      @Schema(example = "ANNUAL") @NotNull DueRule.Kind kind,
      @Schema(
              minimum = "1",
              maximum = "12",
              description = "ANNUAL only: month of the year, 1-12",
              example = "11")
          Integer month,
      @Schema(minimum = "1", maximum = "31", description = "Day of the month, 1-31", example = "10")
          @NotNull
          Integer day,
      @Schema(minimum = "0", maximum = "12", description = "AFTER_PERIOD only: 0-12", example = "1")
          Integer monthsAfterPeriod) {}

  @Schema(
      description =
          "A unit's report for a period. Targets: value (within the indicator's range); tasks:"
              + " percentComplete (0-100) and a narrative.")
  record ReportContentRequest(
      @Schema(description = "The indicator's value for the unit (target forms)", example = "97.5")
          @DecimalMin("-1000000000000")
          @DecimalMax("1000000000000")
          BigDecimal value,
      @Schema(
              minimum = "0",
              maximum = "100",
              description = "The task's completion, 0-100 (task forms)",
              example = "60")
          BigDecimal percentComplete,
      @Schema(
              maxLength = 4000,
              description = "Work done, difficulties, proposals; at most 4,000 characters",
              example = "Đã triển khai học bạ số cho 100% lớp 1 đến lớp 5.")
          String narrative) {}

  @Schema(description = "An approval, with an optional comment")
  record ApproveRequest(
      @Schema(description = "Comment of the approver", example = "Số liệu khớp báo cáo tháng.")
          @Size(max = 2000)
          String comment) {}

  @Schema(description = "A rejection: the report goes back to its unit as a new draft")
  record RejectRequest(
      @Schema(
              maxLength = 2000,
              description = "Why, for the unit (required, at most 2,000 characters)",
              example = "Thiếu số liệu của khối lớp 5.")
          String reason) {}

  @Schema(description = "The department's decision that reopens approved data")
  record ReopenRequest(
      @Schema(
              maxLength = 100,
              description = "Number and symbol of the decision",
              example = "123/QĐ-SGDĐT")
          @SingleLineText
          String decisionNumber,
      @Schema(description = "Date of the decision", example = "2026-12-01") LocalDate decisionDate,
      @Schema(
              maxLength = 2000,
              description = "Why the data is reopened",
              example = "Điều chỉnh số liệu sau thanh tra.")
          String reason) {}
}
