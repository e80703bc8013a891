package vn.edu.platform.plan.planning.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.DeadlineKind;
import vn.edu.platform.plan.planning.domain.EducationLevel;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.ResponsibilityLevel;
import vn.edu.platform.plan.planning.domain.ScopeLevel;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.UnitGroup;
import vn.edu.platform.starter.web.text.SingleLineText;

/**
 * Request bodies of the plans API. The plan document ({@link CreatePlanRequest}) is also the format
 * of the seed plans of the demo data ({@code deploy/local/src/main/resources/demo/plans/}).
 */
final class PlanRequests {

  static final String CODE = "[A-Z][A-Za-z0-9.-]{1,31}";

  private PlanRequests() {}

  @Schema(
      description =
          "A whole plan document: the plan, its targets and its tasks. Recording the same number"
              + " for the same issuing unit again answers 409 plan-exists.")
  record CreatePlanRequest(
      @Schema(description = "Number and symbol of the document", example = "570/KH-SGDĐT")
          @NotBlank
          @Size(max = 100)
          @SingleLineText
          String number,
      @Schema(
              description = "Date of the document; no deadline lies before it",
              example = "2026-01-31")
          @NotNull
          LocalDate issuedOn,
      @Schema(description = "The unit that owns and tracks the plan", example = "SGD31")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String issuingUnitCode,
      @Schema(
              description =
                  "Who signed it: DEPARTMENT (default) or PEOPLES_COMMITTEE (a provincial directive"
                      + " the department tracks)",
              example = "DEPARTMENT")
          Authority issuingAuthority,
      @Schema(description = "Title", example = "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW năm 2026")
          @NotBlank
          @Size(max = 2000)
          @SingleLineText
          String title,
      @Schema(description = "Documents the plan implements (căn cứ)") @Size(max = 100)
          List<@Valid @NotNull LegalBasisRequest> legalBases,
      @Schema(description = "Purpose (mục đích)") @Size(max = 20000) String purpose,
      @Schema(description = "Requirements (yêu cầu)") @Size(max = 20000) String requirements,
      @Schema(description = "Phases in order, not overlapping") @Size(max = 20)
          List<@Valid @NotNull PhaseRequest> phases,
      @Schema(description = "Metadata of attached files") @Size(max = 50)
          List<@Valid @NotNull AttachmentRequest> attachments,
      @Schema(
              description =
                  "DRAFT (default) or ISSUED for a plan already signed: its tasks are then"
                      + " assigned at once",
              example = "ISSUED")
          PlanStatus status,
      @Schema(description = "Targets (chỉ tiêu)") @Size(max = 200)
          List<@Valid @NotNull TargetRequest> targets,
      @Schema(description = "Tasks of the appendix; a sub-task names its parent's number")
          @Size(max = 2000)
          List<@Valid @NotNull TaskRequest> tasks) {}

  @Schema(description = "A document the plan implements")
  record LegalBasisRequest(
      @Schema(description = "Number and symbol", example = "57-NQ/TW")
          @NotBlank
          @Size(max = 100)
          @SingleLineText
          String documentNumber,
      @Schema(
              description = "Title or summary",
              example = "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ")
          @Size(max = 2000)
          @SingleLineText
          String title,
      @Schema(description = "Date of the document", example = "2024-12-22") LocalDate issuedOn,
      @Schema(
              description =
                  "The plan of this system it refers to; when absent, the plan with the same"
                      + " number is linked if there is exactly one")
          UUID planId) {}

  @Schema(description = "A phase (giai đoạn); from and to inclusive")
  record PhaseRequest(
      @Schema(description = "Code, unique in the plan", example = "2025-2027")
          @NotBlank
          @Size(max = 40)
          @SingleLineText
          String code,
      @Schema(description = "First day", example = "2025-07-18") @NotNull LocalDate from,
      @Schema(description = "Last day", example = "2027-12-31") @NotNull LocalDate to) {}

  @Schema(description = "Metadata of an attached file")
  record AttachmentRequest(
      @Schema(description = "File name", example = "570-KH-SGDDT.pdf")
          @NotBlank
          @Size(max = 255)
          @SingleLineText
          String fileName,
      @Schema(description = "Media type", example = "application/pdf")
          @Size(max = 100)
          @SingleLineText
          String mediaType,
      @Schema(description = "Size in bytes", example = "482133")
          @Min(0)
          @PositiveOrZero
          @Max(1099511627776L)
          long size,
      @Schema(description = "SHA-256 of the file, hexadecimal")
          @Size(max = 64)
          @Pattern(regexp = "[0-9a-fA-F]{64}")
          @SingleLineText
          String sha256,
      @Schema(description = "Where the file is stored", example = "docs://plans/570-KH-SGDDT.pdf")
          @Size(max = 1000)
          @SingleLineText
          String uri) {}

  @Schema(
      description =
          "A deadline: exactly the field of its kind is set (the same shape as in the"
              + " TaskAssigned event)")
  record DeadlineRequest(
      @Schema(description = "DATE, MONTH, QUARTER, YEAR or RECURRING", example = "MONTH") @NotNull
          DeadlineKind kind,
      @Schema(description = "For DATE", example = "2025-08-30") LocalDate date,
      @Schema(maxLength = 7, description = "For MONTH", example = "2026-06", type = "string")
          YearMonth month,
      @Schema(description = "For QUARTER", example = "2025-Q3") @Size(max = 7) @SingleLineText
          String quarter,
      @Schema(description = "For YEAR", example = "2027") @Min(1900) @Max(2200) Integer year,
      @Schema(
              description =
                  "For RECURRING with a schedule: an RRULE (FREQ=DAILY|WEEKLY|MONTHLY|YEARLY,"
                      + " INTERVAL, BYMONTH, BYMONTHDAY, BYDAY); absent for \"thường xuyên\"",
              example = "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10")
          @Size(max = 200)
          @SingleLineText
          String recurrence) {}

  @Schema(description = "A target (chỉ tiêu)")
  record TargetRequest(
      @Schema(
              description = "The indicator",
              example = "Tỷ lệ trường học các cấp đạt chuẩn quốc gia")
          @NotBlank
          @Size(max = 1000)
          @SingleLineText
          String indicator,
      @Schema(description = "Unit of measure", example = "%")
          @NotBlank
          @Size(max = 50)
          @SingleLineText
          String unitOfMeasure,
      @Schema(description = "The value to reach", example = "73.14")
          @NotNull
          @DecimalMin("-1000000000000")
          @DecimalMax("1000000000000")
          BigDecimal targetValue,
      @Schema(description = "The value when the plan was made", example = "72.5")
          @DecimalMin("-1000000000000")
          @DecimalMax("1000000000000")
          BigDecimal baseline,
      @Schema(description = "Lowest value of the indicator (0 for %)", example = "0")
          @DecimalMin("-1000000000000")
          @DecimalMax("1000000000000")
          BigDecimal minValue,
      @Schema(description = "Highest value of the indicator (100 for %)", example = "100")
          @DecimalMin("-1000000000000")
          @DecimalMax("1000000000000")
          BigDecimal maxValue,
      @Schema(description = "When to reach it (not recurring)") @Valid DeadlineRequest deadline,
      @Schema(description = "What it covers; the province when absent") @Valid ScopeRequest scope,
      @Schema(
              description = "REPORTED by units (default) or COMPUTED by reporting-service",
              example = "REPORTED")
          TargetSource source) {}

  @Schema(description = "What a target covers")
  record ScopeRequest(
      @Schema(description = "PROVINCE, COMMUNE or SCHOOL", example = "PROVINCE") @NotNull
          ScopeLevel level,
      @Schema(description = "Education level concerned, if one", example = "LOWER_SECONDARY")
          EducationLevel educationLevel,
      @Schema(description = "Units it is set for; every unit of the level when empty")
          @Size(max = 5000)
          List<@NotBlank @Size(max = 32) String> unitCodes) {}

  @Schema(description = "A task of a plan document")
  record TaskRequest(
      @Schema(description = "Number in the appendix, unique in the plan", example = "2.1")
          @NotBlank
          @Size(max = 20)
          @SingleLineText
          String number,
      @Schema(description = "Number of the parent task in the same document", example = "2")
          @Size(max = 20)
          @SingleLineText
          String parentNumber,
      @Schema(
              description = "Content",
              example = "Triển khai cấp học bạ số cho 100% học sinh phổ thông.")
          @NotBlank
          @Size(max = 4000)
          String content,
      @Schema(description = "Lead unit (đơn vị chủ trì)", example = "SGD31-VP")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String leadUnitCode,
      @Schema(description = "Coordinating units (đơn vị phối hợp)", example = "[\"SGD31-GDTrH\"]")
          @Size(max = 200)
          List<@NotBlank @Size(max = 32) String> coordinatingUnitCodes,
      @Schema(description = "Deadline") @NotNull @Valid DeadlineRequest deadline,
      @Schema(
              description = "Who signs the task's product (thẩm quyền ban hành), if any",
              example = "DEPARTMENT")
          Authority approvingAuthority,
      @Schema(description = "Responsibilities per level: DEPARTMENT, COMMUNE, SCHOOL → text")
          Map<ResponsibilityLevel, @Size(max = 4000) String> responsibilities,
      @Schema(description = "Weight in the roll-up (default 1)", example = "1")
          @DecimalMax("1000")
          @DecimalMin(value = "0", inclusive = false)
          @Positive
          BigDecimal weight,
      @Schema(
              description =
                  "Units that carry the task out and report on it; the lead unit alone when"
                      + " neither units nor groups are given",
              example = "[\"S310001\"]")
          @Size(max = 5000)
          List<@NotBlank @Size(max = 32) String> assignedUnitCodes,
      @Schema(
              description = "Groups of units to assign, expanded on the plan's date",
              example = "[\"COMMUNES\", \"SCHOOLS\"]")
          @Size(max = 10)
          List<@NotNull UnitGroup> assignedGroups) {}

  @Schema(description = "A task added to an existing plan")
  record AddTaskRequest(
      @Schema(description = "Parent task, if a sub-task") UUID parentTaskId,
      @Schema(description = "Number, unique in the plan", example = "8")
          @NotBlank
          @Size(max = 20)
          @SingleLineText
          String number,
      @Schema(description = "Content", example = "Tổng kết việc triển khai học bạ số.")
          @NotBlank
          @Size(max = 4000)
          String content,
      @Schema(description = "Lead unit", example = "SGD31-VP")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String leadUnitCode,
      @Schema(description = "Coordinating units") @Size(max = 200)
          List<@NotBlank @Size(max = 32) String> coordinatingUnitCodes,
      @Schema(description = "Deadline") @NotNull @Valid DeadlineRequest deadline,
      @Schema(description = "Who signs the task's product", example = "DEPARTMENT")
          Authority approvingAuthority,
      @Schema(description = "Responsibilities per level")
          Map<ResponsibilityLevel, @Size(max = 4000) String> responsibilities,
      @Schema(description = "Weight (default 1)", example = "2")
          @DecimalMax("1000")
          @DecimalMin(value = "0", inclusive = false)
          @Positive
          BigDecimal weight,
      @Schema(description = "Units that carry it out; the lead unit when none") @Size(max = 5000)
          List<@NotBlank @Size(max = 32) String> assignedUnitCodes,
      @Schema(description = "Groups of units to assign") @Size(max = 10)
          List<@NotNull UnitGroup> assignedGroups) {}

  @Schema(description = "Changes of a plan's header; absent fields stay, lists are replaced")
  record UpdatePlanRequest(
      @Schema(description = "Number (drafts only)", example = "571/KH-SGDĐT")
          @Size(min = 1, max = 100)
          @SingleLineText
          String number,
      @Schema(description = "Date (drafts only)", example = "2026-02-02") LocalDate issuedOn,
      @Schema(description = "Title") @Size(min = 1, max = 2000) @SingleLineText String title,
      @Size(max = 100) List<@Valid @NotNull LegalBasisRequest> legalBases,
      @Size(max = 20000) String purpose,
      @Size(max = 20000) String requirements,
      @Size(max = 20) List<@Valid @NotNull PhaseRequest> phases,
      @Size(max = 50) List<@Valid @NotNull AttachmentRequest> attachments) {}

  @Schema(description = "Changes of a task; absent fields stay as they are")
  record UpdateTaskRequest(
      @Schema(description = "Content") @Size(min = 1, max = 4000) String content,
      @Schema(description = "Lead unit", example = "SGD31-GDTrH")
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String leadUnitCode,
      @Schema(description = "Coordinating units (replaced)") @Size(max = 200)
          List<@NotBlank @Size(max = 32) String> coordinatingUnitCodes,
      @Schema(description = "Deadline; moving it re-evaluates overdue assignments") @Valid
          DeadlineRequest deadline,
      Authority approvingAuthority,
      Map<ResponsibilityLevel, @Size(max = 4000) String> responsibilities,
      @Schema(description = "Weight", example = "2")
          @DecimalMax("1000")
          @DecimalMin(value = "0", inclusive = false)
          @Positive
          BigDecimal weight,
      @Schema(description = "true cancels the task, false reinstates it", example = "true")
          Boolean cancelled) {}

  @Schema(description = "Where to put a task")
  record MoveTaskRequest(
      @Schema(description = "The new parent task; null puts the task at the top")
          UUID parentTaskId) {}

  @Schema(description = "More units for a task")
  record AddAssignmentsRequest(
      @Schema(description = "Units", example = "[\"S311002\"]") @Size(max = 5000)
          List<@NotBlank @Size(max = 32) String> unitCodes,
      @Schema(description = "Groups, expanded on the day of the change", example = "[\"COMMUNES\"]")
          @Size(max = 10)
          List<@NotNull UnitGroup> groups) {}

  @Schema(
      description =
          "Progress of one unit: COMPLETED is 100 %, NOT_STARTED 0 %; a percentage alone sets"
              + " IN_PROGRESS (or COMPLETED at 100)")
  record UpdateAssignmentRequest(
      @Schema(
              description = "NOT_STARTED, IN_PROGRESS, COMPLETED; CANCELLED by the department only",
              example = "IN_PROGRESS")
          ProgressStatus status,
      @Schema(description = "Completion, 0 to 100", example = "40")
          @DecimalMin("0")
          @DecimalMax("100")
          BigDecimal percentComplete) {}
}
