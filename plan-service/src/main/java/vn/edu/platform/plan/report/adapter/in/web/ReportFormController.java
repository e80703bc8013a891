package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.plan.report.adapter.in.web.ReportRequests.CreateFormRequest;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.FormResponse;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.PeriodResponse;
import vn.edu.platform.plan.report.adapter.in.web.ReportResponses.PeriodsResponse;
import vn.edu.platform.plan.report.application.port.in.ManageReportFormsUseCase;
import vn.edu.platform.plan.report.application.port.in.ReportCommands;
import vn.edu.platform.plan.report.application.port.in.ReportQuery;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.domain.DueRule;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * Report forms: the department defines them on the tasks and targets of its plans; whoever sees a
 * plan sees its forms and their periods.
 */
@RestController
@RequestMapping("/api/v1/plans/report-forms")
@Tag(
    name = "Progress reports",
    description = "Periodic report forms, reports, bottom-up approval, rate and timeliness")
class ReportFormController {

  static final String FORM_ID = "{formId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageReportFormsUseCase forms;
  private final ReportQuery queries;
  private final ReportCallers callers;

  ReportFormController(ManageReportFormsUseCase forms, ReportQuery queries, ReportCallers callers) {
    this.forms = forms;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @DepartmentOnly
  @Operation(
      operationId = "createReportForm",
      summary = "Define a periodic report form on a task or a target",
      description =
          "Period type, due rule, first and last period within the plan. The task's assigned"
              + " units (or the target's scope) report, resolved on the tree at each period's"
              + " end. Rule violations answer 422 report-rule with a pointer per field; a second"
              + " form on the same task or target and period type 409 report-form-exists.")
  @ApiResponse(
      responseCode = "201",
      description = "The form, created; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<FormResponse> create(@Valid @RequestBody CreateFormRequest request) {
    callers.requireDepartment();
    DueRule rule;
    try {
      rule =
          new DueRule(
              request.dueRule().kind(),
              request.dueRule().month(),
              request.dueRule().day(),
              request.dueRule().monthsAfterPeriod());
    } catch (RuleViolation e) {
      throw new RuleViolation(
          ReportForm.RULES, e.violations().stream().map(v -> v.under("/dueRule")).toList());
    }
    ReportViews.FormView created =
        forms.create(
            new ReportCommands.CreateForm(
                request.planId(),
                request.taskId(),
                request.targetId(),
                request.title(),
                request.periodType(),
                rule,
                request.firstPeriod(),
                request.lastPeriod(),
                request.valuesRequired(),
                request.unitCodes()));
    return ResponseEntity.created(URI.create("/api/v1/plans/report-forms/" + created.form().id()))
        .body(FormResponse.of(created));
  }

  @GetMapping
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listReportForms",
      summary = "The report forms of the plans the caller sees, newest first",
      description = "Department staff see every form; other units those of the plans they see.")
  PageResponse<FormResponse> list(
      @Parameter(description = "Only the forms of this plan") @RequestParam(required = false)
          UUID planId,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    ReportViews.Slice<ReportViews.FormView> slice =
        queries.forms(callers.viewer(), planId, page * size, size);
    return ProgressReportController.page(
        slice.items().stream().map(FormResponse::of).toList(), slice.total(), paging);
  }

  @GetMapping("/" + FORM_ID)
  @AnyStaffOrGovernment
  @Operation(operationId = "getReportForm", summary = "One report form")
  FormResponse get(@PathVariable UUID formId) {
    return FormResponse.of(queries.form(callers.viewer(), formId));
  }

  @GetMapping("/" + FORM_ID + "/periods")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listReportPeriods",
      summary = "The form's periods with their start, end and due date")
  PeriodsResponse periods(@PathVariable UUID formId) {
    return new PeriodsResponse(
        formId,
        queries.periods(callers.viewer(), formId).stream().map(PeriodResponse::of).toList());
  }
}
