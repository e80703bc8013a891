package vn.edu.platform.plan.planning.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.AddTaskRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.CreatePlanRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.TargetRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.UpdatePlanRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.PlanResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.PlanSummaryResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.TargetResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.TaskDetailResponse;
import vn.edu.platform.plan.planning.application.port.in.ManagePlansUseCase;
import vn.edu.platform.plan.planning.application.port.in.ManageTasksUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.PlanFilters;
import vn.edu.platform.plan.planning.application.port.in.PlanQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.Texts;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.security.DepartmentAdmin;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * Plans: the department records, changes, issues, closes and reopens them; every unit reads the
 * plans that involve it (404 for the others, so nothing leaks); anyone who sees a plan may export
 * its task table.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Plans (kế hoạch), their targets, task trees and progress")
class PlanController {

  static final String PLAN_ID = "{planId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManagePlansUseCase plans;
  private final ManageTasksUseCase tasks;
  private final PlanQuery queries;
  private final Viewers viewers;
  private final OrgTreeQuery tree;

  PlanController(
      ManagePlansUseCase plans,
      ManageTasksUseCase tasks,
      PlanQuery queries,
      Viewers viewers,
      OrgTreeQuery tree) {
    this.plans = plans;
    this.tasks = tasks;
    this.queries = queries;
    this.viewers = viewers;
    this.tree = tree;
  }

  @PostMapping
  @DepartmentOnly
  @Operation(
      operationId = "createPlan",
      summary = "Record a whole plan document (plan, targets, tasks)",
      description =
          "Idempotent through Idempotency-Key, and by natural key: the same number for the same"
              + " issuing unit answers 409 plan-exists with the existing plan's id. Rule"
              + " violations answer 422 plan-rule with a pointer per field.")
  @ApiResponse(
      responseCode = "201",
      description = "The plan, recorded; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<PlanResponse> create(@Valid @RequestBody CreatePlanRequest request) {
    viewers.requireDepartmentWrite();
    PlanCommandMapper map = new PlanCommandMapper();
    List<PlanCommands.NewTarget> targets = new ArrayList<>();
    List<PlanCommands.NewTask> newTasks = new ArrayList<>();
    if (request.targets() != null) {
      for (int i = 0; i < request.targets().size(); i++) {
        targets.add(map.target("/targets/" + i, request.targets().get(i)));
      }
    }
    if (request.tasks() != null) {
      for (int i = 0; i < request.tasks().size(); i++) {
        newTasks.add(map.task("/tasks/" + i, request.tasks().get(i)));
      }
    }
    PlanCommands.CreatePlan command =
        new PlanCommands.CreatePlan(
            request.number(),
            request.issuedOn(),
            request.issuingUnitCode(),
            request.issuingAuthority(),
            request.title(),
            map.legalBases(request.legalBases()),
            request.purpose(),
            request.requirements(),
            map.phases(request.phases()),
            map.attachments(request.attachments()),
            request.status(),
            targets,
            newTasks);
    map.done();
    PlanViews.PlanDetail created = plans.create(command);
    return ResponseEntity.created(URI.create("/api/v1/plans/" + created.plan().id()))
        .body(PlanResponse.of(created));
  }

  @GetMapping
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listPlans",
      summary = "List the plans the caller may see, newest first, with their progress",
      description =
          "Department staff see every plan (drafts too); other units the issued plans that"
              + " involve them or, for a commune officer, the commune's schools.")
  PageResponse<PlanSummaryResponse> list(
      @Parameter(description = "Only plans in this status", example = "IN_PROGRESS")
          @RequestParam(required = false)
          PlanStatus status,
      @Parameter(description = "Only plans dated in this year", example = "2026")
          @RequestParam(required = false)
          @Min(1900)
          @Max(2200)
          Integer year,
      @Parameter(description = "Only plans of this issuing unit", example = "SGD31")
          @RequestParam(required = false)
          @Size(max = 32)
          String issuingUnitCode,
      @Parameter(description = "Only plans involving this unit", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(
              description = "Words of the title or number, with or without diacritics",
              example = "hoc ba so")
          @RequestParam(required = false)
          @Size(max = 200)
          String q,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "20")
          @RequestParam(defaultValue = "20")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    PlanViews.Slice<PlanViews.PlanSummary> slice =
        queries.list(
            viewers.current(),
            new PlanFilters.PlanFilter(
                status,
                year,
                blankToNull(issuingUnitCode),
                blankToNull(unitCode),
                blankToNull(q),
                page * size,
                size));
    return page(slice.items().stream().map(PlanSummaryResponse::of).toList(), slice, paging);
  }

  @GetMapping("/" + PLAN_ID)
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getPlan",
      summary = "One plan with its targets, task tree and rolled-up progress")
  PlanResponse get(@PathVariable UUID planId) {
    return PlanResponse.of(queries.get(viewers.current(), planId));
  }

  @PatchMapping("/" + PLAN_ID)
  @DepartmentOnly
  @Operation(
      operationId = "updatePlan",
      summary = "Change a plan's header (title, legal bases, purpose, phases, attachments…)",
      description =
          "Number and date change only in a draft. Needs If-Match with the plan's ETag (428"
              + " without, 412 when stale); a closed plan answers 409 plan-closed.")
  PlanResponse update(
      @PathVariable UUID planId,
      ExpectedRevision expected,
      @Valid @RequestBody UpdatePlanRequest request) {
    viewers.requireDepartmentWrite();
    PlanCommandMapper map = new PlanCommandMapper();
    PlanCommands.UpdatePlan command =
        new PlanCommands.UpdatePlan(
            planId,
            expected,
            request.number(),
            request.issuedOn(),
            request.title(),
            map.legalBases(request.legalBases()),
            request.purpose(),
            request.requirements(),
            map.phases(request.phases()),
            map.attachments(request.attachments()));
    map.done();
    plans.update(command);
    return detail(planId);
  }

  @PostMapping("/" + PLAN_ID + "/issue")
  @DepartmentAdmin
  @Operation(
      operationId = "issuePlan",
      summary = "Issue a draft plan",
      description = "Publishes PlanIssued and a TaskAssigned per task; 409 unless a draft.")
  PlanResponse issue(@PathVariable UUID planId) {
    viewers.requireDepartmentWrite();
    plans.issue(planId);
    return detail(planId);
  }

  @PostMapping("/" + PLAN_ID + "/close")
  @DepartmentAdmin
  @Operation(
      operationId = "closePlan",
      summary = "Close an issued plan",
      description = "A closed plan is frozen (409 plan-closed on any change) until reopened.")
  PlanResponse close(@PathVariable UUID planId) {
    viewers.requireDepartmentWrite();
    plans.close(planId);
    return detail(planId);
  }

  @PostMapping("/" + PLAN_ID + "/reopen")
  @DepartmentAdmin
  @Operation(operationId = "reopenPlan", summary = "Reopen a closed plan (back in progress)")
  PlanResponse reopen(@PathVariable UUID planId) {
    viewers.requireDepartmentWrite();
    plans.reopen(planId);
    return detail(planId);
  }

  @PostMapping("/" + PLAN_ID + "/targets")
  @DepartmentOnly
  @Operation(operationId = "addTarget", summary = "Add a target to a plan")
  @ApiResponse(responseCode = "201", description = "The target, added", useReturnTypeSchema = true)
  ResponseEntity<TargetResponse> addTarget(
      @PathVariable UUID planId, @Valid @RequestBody TargetRequest request) {
    viewers.requireDepartmentWrite();
    PlanCommandMapper map = new PlanCommandMapper();
    PlanCommands.NewTarget command = map.target("", request);
    map.done();
    Target target = plans.addTarget(planId, command);
    return ResponseEntity.status(201).body(TargetResponse.of(target));
  }

  @PostMapping("/" + PLAN_ID + "/tasks")
  @DepartmentOnly
  @Operation(
      operationId = "addTask",
      summary = "Add a task to a plan",
      description = "On an issued plan, publishes TaskAssigned for the new task.")
  @ApiResponse(
      responseCode = "201",
      description = "The task, added; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<TaskDetailResponse> addTask(
      @PathVariable UUID planId, @Valid @RequestBody AddTaskRequest request) {
    viewers.requireDepartmentWrite();
    PlanCommandMapper map = new PlanCommandMapper();
    PlanCommands.NewTask task =
        new PlanCommands.NewTask(
            request.number(),
            null,
            request.content(),
            request.leadUnitCode(),
            request.coordinatingUnitCodes(),
            map.deadline("/deadline", request.deadline()),
            request.approvingAuthority(),
            request.responsibilities(),
            request.weight(),
            request.assignedUnitCodes(),
            request.assignedGroups());
    map.done();
    Task added = tasks.addTask(new PlanCommands.AddTask(planId, request.parentTaskId(), task));
    PlanViews.TaskDetail detail = queries.task(Viewer.department(), added.id());
    return ResponseEntity.created(URI.create("/api/v1/plans/tasks/" + added.id()))
        .body(TaskDetailResponse.of(detail));
  }

  @GetMapping("/" + PLAN_ID + "/export")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "exportPlan",
      summary = "The plan's task table with progress, as XLSX or CSV",
      description =
          "Columns: number, task, lead unit, coordinating units, deadline, last day, approving"
              + " authority, status, percent, weight, units assigned / completed / overdue; a"
              + " last row with the plan's progress. CSV is UTF-8 with a byte-order mark.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The file",
              content = {
                @Content(
                    mediaType = PlanExport.XLSX,
                    schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
              }))
  ResponseEntity<byte[]> export(
      @PathVariable UUID planId,
      @Parameter(description = "xlsx (default) or csv", example = "xlsx")
          @RequestParam(defaultValue = "xlsx")
          @Size(max = 8)
          String format) {
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("xlsx") && !kind.equals("csv")) {
      throw ApiProblemException.invalid(
          List.of(FieldViolation.ofPointer("format", "one-of", "xlsx or csv")));
    }
    PlanViews.PlanDetail detail = queries.get(viewers.current(), planId);
    List<List<String>> rows =
        PlanExport.rows(
            detail, code -> tree.find(code).map(u -> u.name() + " (" + code + ")").orElse(code));
    boolean csv = kind.equals("csv");
    byte[] body = csv ? PlanExport.csv(rows) : PlanExport.xlsx(detail, rows);
    String fileName =
        "ke-hoach-" + Texts.fold(detail.plan().number()).replaceAll("[^a-z0-9]+", "-") + "." + kind;
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(csv ? PlanExport.CSV : PlanExport.XLSX))
        .body(body);
  }

  private PlanResponse detail(UUID planId) {
    return PlanResponse.of(queries.get(Viewer.department(), planId));
  }

  static <T> PageResponse<T> page(List<T> items, PlanViews.Slice<?> slice, PageRequest paging) {
    long pages = (slice.total() + paging.size() - 1) / paging.size();
    return new PageResponse<>(items, paging.page(), paging.size(), slice.total(), pages);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
