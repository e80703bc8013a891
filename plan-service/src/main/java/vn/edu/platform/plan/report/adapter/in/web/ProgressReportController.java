package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.report.adapter.in.web.ReportRequests.ApproveRequest;
import vn.edu.platform.plan.report.adapter.in.web.ReportRequests.RejectRequest;
import vn.edu.platform.plan.report.adapter.in.web.ReportRequests.ReopenRequest;
import vn.edu.platform.plan.report.adapter.in.web.ReportRequests.ReportContentRequest;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.RejectionResponse;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.ReportResponse;
import vn.edu.platform.plan.report.application.port.in.ReportCommands;
import vn.edu.platform.plan.report.application.port.in.ReportFilter;
import vn.edu.platform.plan.report.application.port.in.ReportQuery;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.application.port.in.ReviewReportUseCase;
import vn.edu.platform.plan.report.application.port.in.SubmitReportUseCase;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReopeningDecision;
import vn.edu.platform.plan.report.domain.ReportContent;
import vn.edu.platform.plan.report.domain.ReportStatus;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.security.Approvers;
import vn.edu.platform.starter.security.DepartmentAdmin;
import vn.edu.platform.starter.security.UnitManagers;
import vn.edu.platform.starter.web.conditional.IfMatch;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * Progress reports: a unit writes, saves and submits its own report of a period; its commune (for a
 * commune's school) and then the department approve or reject it; the department admin reopens
 * approved data by decision. Readers list the reports of their units.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Progress reports")
class ProgressReportController {

  static final String REPORT_ID = "{reportId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";
  static final String UNIT_REPORT =
      "/report-forms/" + ReportFormController.FORM_ID + "/reports/{period}";

  private final SubmitReportUseCase submissions;
  private final ReviewReportUseCase reviews;
  private final ReportQuery queries;
  private final ReportCallers callers;

  ProgressReportController(
      SubmitReportUseCase submissions,
      ReviewReportUseCase reviews,
      ReportQuery queries,
      ReportCallers callers) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.queries = queries;
    this.callers = callers;
  }

  @PutMapping(UNIT_REPORT)
  @UnitManagers
  @FormReadersOnly
  @Operation(
      operationId = "saveReportDraft",
      summary = "Save the caller's unit's report of a period as a draft",
      description =
          "Creates the draft (201) or replaces its content (200). A unit writes its own report"
              + " only (403 forbidden-org-unit otherwise; 404 report-form-not-found on a form it"
              + " may not read, 422 unitCode not-a-reporting-unit on one it reads); a period that"
              + " does not exist for the form or has not begun answers 422 /period, a value outside the indicator's"
              + " range 422 /value; a submitted report 409 report-in-approval, an approved one"
              + " 409 report-locked. Optional If-Match with the report's ETag (412 when stale).")
  @ApiResponse(
      responseCode = "200",
      description = "The draft, replaced",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "201",
      description = "The draft, created; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<ReportResponse> save(
      @PathVariable UUID formId,
      @Parameter(
              schema = @Schema(type = "string", maxLength = 16),
              description = "The period, in the form's notation",
              example = "2026")
          @PathVariable
          String period,
      @ReportingUnitParameter @RequestParam(required = false) String unitCode,
      @IfMatch(required = false) ExpectedRevision expected,
      @Valid @RequestBody ReportContentRequest request) {
    String unit = callers.reportingUnit(unitCode);
    SubmitReportUseCase.Saved saved =
        submissions.save(
            new ReportCommands.SaveReport(formId, period, unit, contentOf(request), expected));
    ReportResponse body = view(saved.report());
    return saved.created()
        ? ResponseEntity.created(URI.create("/api/v1/plans/reports/" + body.id())).body(body)
        : ResponseEntity.ok(body);
  }

  @GetMapping(UNIT_REPORT)
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getCurrentReport",
      summary = "A unit's current report of a period (its draft or the one submitted)")
  ReportResponse current(
      @PathVariable UUID formId,
      @Parameter(example = "2026") @PathVariable @Size(max = 16) String period,
      @Parameter(description = "The unit; the caller's own when absent")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode) {
    String unit = unitCode == null || unitCode.isBlank() ? callers.reportingUnit(null) : unitCode;
    callers.requireRead(unit);
    ReportViews.ReportView view =
        queries.current(callers.viewer(), formId, period, unit, callers.today());
    return ReportResponse.of(view);
  }

  @PostMapping(UNIT_REPORT + "/submit")
  @UnitManagers
  @FormReadersOnly
  @Operation(
      operationId = "submitReport",
      summary = "Submit the caller's unit's report of a period",
      description =
          "With a body, saves it first. Needs the value (targets) or completion and narrative"
              + " (tasks) when the form requires values (422 otherwise). On time when submitted"
              + " on or before the due date (Vietnam). Publishes ProgressReportSubmitted; the"
              + " report then waits for its commune (a commune's school) or the department.")
  ReportResponse submit(
      @PathVariable UUID formId,
      @Parameter(schema = @Schema(type = "string", maxLength = 16), example = "2026") @PathVariable
          String period,
      @ReportingUnitParameter @RequestParam(required = false) String unitCode,
      @Valid @RequestBody(required = false) ReportContentRequest request) {
    String unit = callers.reportingUnit(unitCode);
    ProgressReport submitted =
        submissions.submit(
            new ReportCommands.SubmitReport(
                formId, period, unit, request == null ? null : contentOf(request)));
    return view(submitted);
  }

  @GetMapping("/reports/" + REPORT_ID)
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getReport",
      summary = "One report with its history (404 outside the caller's units)")
  ReportResponse get(@PathVariable UUID reportId) {
    return view(reportId);
  }

  @GetMapping("/reports")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listReports",
      summary = "The reports the caller may see, latest periods first",
      description =
          "A school sees its own reports, a commune officer the commune's and its schools'"
              + " (today's tree), the department every report. Without status, rejected reports"
              + " (replaced by a new draft) are left out.")
  PageResponse<ReportResponse> list(
      @Parameter(description = "Only this form") @RequestParam(required = false) UUID formId,
      @Parameter(description = "Only this period", example = "2026")
          @RequestParam(required = false)
          @Size(max = 16)
          String period,
      @Parameter(description = "Only this unit (within the caller's scope)", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Only this status", example = "SUBMITTED")
          @RequestParam(required = false)
          ReportStatus status,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    if (unit != null) {
      callers.requireRead(unit);
    }
    ReportViews.Slice<ReportViews.ReportView> slice =
        queries.reports(
            callers.viewer(),
            new ReportFilter(
                formId,
                period == null || period.isBlank() ? null : period.strip(),
                unit,
                status,
                page * size,
                size),
            callers.today());
    return page(slice.items().stream().map(ReportResponse::of).toList(), slice.total(), paging);
  }

  @PostMapping("/reports/" + REPORT_ID + "/approve")
  @Approvers
  @Operation(
      operationId = "approveReport",
      summary = "Approve a report at the caller's level",
      description =
          "Bottom-up: a commune officer approves the submitted reports of the schools its commune"
              + " holds today (403 forbidden-org-unit for others); the department approves after"
              + " the commune (409 report-approval-order before), or directly for communes,"
              + " schools under the department and divisions. The department's approval locks"
              + " the data. Publishes ProgressReportApproved, and TargetValueReported for a"
              + " target's value; a task report's completion goes to the unit's assignment.")
  ReportResponse approve(
      @PathVariable UUID reportId, @Valid @RequestBody(required = false) ApproveRequest request) {
    ProgressReport approved =
        reviews.approve(
            new ReportCommands.ApproveReport(
                reportId, callers.approver(), request == null ? null : request.comment()));
    return view(approved);
  }

  @PostMapping("/reports/" + REPORT_ID + "/reject")
  @Approvers
  @Operation(
      operationId = "rejectReport",
      summary = "Reject a report with a reason",
      description =
          "By the level whose turn it is. The rejected report is kept as it was sent; its unit"
              + " continues with a new draft (new id) of the same content.")
  RejectionResponse reject(@PathVariable UUID reportId, @RequestBody RejectRequest request) {
    ReportViews.Rejection rejection =
        reviews.reject(
            new ReportCommands.RejectReport(reportId, callers.approver(), request.reason()));
    return new RejectionResponse(
        ReportResponse.of(rejection.rejected()), ReportResponse.of(rejection.draft()));
  }

  @PostMapping("/reports/" + REPORT_ID + "/reopen")
  @DepartmentAdmin
  @Operation(
      operationId = "reopenReport",
      summary = "Reopen approved data by a department decision",
      description =
          "Decision number and reason are required (422 otherwise) and stay in the history and"
              + " the audit trail. The unit may then correct and submit again; approval starts"
              + " from the bottom; the first submission's time (timeliness) is kept.")
  ReportResponse reopen(@PathVariable UUID reportId, @RequestBody ReopenRequest request) {
    callers.requireDepartment();
    ProgressReport reopened =
        reviews.reopen(
            new ReportCommands.ReopenReport(
                reportId,
                callers.departmentCode(),
                new ReopeningDecision(
                    request.decisionNumber(), request.decisionDate(), request.reason())));
    return view(reopened);
  }

  private ReportResponse view(ProgressReport report) {
    return view(report.id());
  }

  private ReportResponse view(UUID reportId) {
    return ReportResponse.of(queries.report(callers.viewer(), reportId, callers.today()));
  }

  private static ReportContent contentOf(ReportContentRequest request) {
    return new ReportContent(request.value(), request.percentComplete(), request.narrative());
  }

  static <T> PageResponse<T> page(List<T> items, long total, PageRequest paging) {
    long pages = (total + paging.size() - 1) / paging.size();
    return new PageResponse<>(items, paging.page(), paging.size(), total, pages);
  }
}
