package vn.edu.platform.plan.planning.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.DueItemResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.DueReportResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.RemindersResponse;
import vn.edu.platform.plan.planning.application.PlanSettings;
import vn.edu.platform.plan.planning.application.port.in.DueTasksQuery;
import vn.edu.platform.plan.planning.application.port.in.PlanFilters;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * A unit's own work: "my tasks" (its assignments on issued plans, paged, by due date) and the
 * reminders (what is overdue or due soon). Both are answered from the assignment index by unit,
 * status and due date, so they stay fast on a full province.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "My tasks", description = "A unit's assignments, due and overdue work")
class DueWorkController {

  private final DueTasksQuery due;
  private final Viewers viewers;
  private final PlanSettings settings;

  DueWorkController(DueTasksQuery due, Viewers viewers, PlanSettings settings) {
    this.due = due;
    this.viewers = viewers;
    this.settings = settings;
  }

  @GetMapping("/my-tasks")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listMyTasks",
      summary = "The assignments of the caller's unit on issued plans, by due date",
      description =
          "Open work (not started, in progress, overdue) unless status says otherwise; recurring"
              + " tasks come last. A commune officer adds the commune's schools with"
              + " includeSubunits=true; department staff may name any unit.")
  PageResponse<DueItemResponse> myTasks(
      @Parameter(description = "Statuses as of today (repeatable)", example = "OVERDUE")
          @RequestParam(required = false)
          @Size(max = 10)
          List<ProgressStatus> status,
      @Parameter(description = "Due on or after", example = "2026-01-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueFrom,
      @Parameter(description = "Due on or before", example = "2026-06-30")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueTo,
      @Parameter(description = "Only this plan") @RequestParam(required = false) UUID planId,
      @Parameter(description = "Another unit within the caller's scope", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Include the units below (a commune's schools)")
          @RequestParam(defaultValue = "false")
          boolean includeSubunits,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    // The units below are the read model's to find (work items), not expanded here.
    Set<String> units = viewers.workUnits(PlanController.blankToNull(unitCode), false);
    PlanViews.Slice<PlanViews.DueItem> slice =
        due.assignments(
            new PlanFilters.DueFilter(
                units,
                includeSubunits,
                // "status=" (or a NUL) converts to a null element: it filters nothing
                status == null ? null : status.stream().filter(Objects::nonNull).toList(),
                dueFrom,
                dueTo,
                planId,
                viewers.today(),
                page * size,
                size));
    return PlanController.page(
        slice.items().stream().map(DueItemResponse::of).toList(), slice, paging);
  }

  @GetMapping("/reminders")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listReminders",
      summary = "Open work overdue or due within a few days, per unit",
      description =
          "Overdue assignments, assignments due within withinDays days and recurring tasks whose"
              + " next occurrence (RRULE) falls in that window; and the progress reports the"
              + " units have not submitted, overdue (periods due in the last year) or due in"
              + " that window. Overdue transitions are also announced as TaskStatusChanged"
              + " events; \"due soon\" is this endpoint only.")
  RemindersResponse reminders(
      @Parameter(description = "The unit; the caller's own when absent", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Days ahead (default 7)", example = "7")
          @RequestParam(required = false)
          @Min(0)
          @Max(366)
          Integer withinDays,
      @Parameter(description = "Include the units below (a commune's schools)")
          @RequestParam(defaultValue = "false")
          boolean includeSubunits) {
    int days = withinDays == null ? settings.reminderDays() : withinDays;
    if (days < 0 || days > settings.maxReminderDays()) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  "withinDays",
                  "out-of-range",
                  "0 <= withinDays <= " + settings.maxReminderDays())));
    }
    Set<String> units = viewers.workUnits(PlanController.blankToNull(unitCode), includeSubunits);
    PlanViews.Reminders reminders = due.reminders(units, viewers.today(), days);
    return new RemindersResponse(
        List.copyOf(units),
        reminders.asOf(),
        reminders.withinDays(),
        reminders.overdue().stream().map(DueItemResponse::of).toList(),
        reminders.dueSoon().stream().map(DueItemResponse::of).toList(),
        reminders.reportsOverdue().stream().map(DueReportResponse::of).toList(),
        reminders.reportsDueSoon().stream().map(DueReportResponse::of).toList());
  }
}
