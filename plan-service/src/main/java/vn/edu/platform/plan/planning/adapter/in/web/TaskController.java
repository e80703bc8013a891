package vn.edu.platform.plan.planning.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.AddAssignmentsRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.MoveTaskRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.UpdateAssignmentRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.UpdateTaskRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.AssignmentResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.AssignmentsAddedResponse;
import vn.edu.platform.plan.planning.adapter.in.web.PlanResponses.TaskDetailResponse;
import vn.edu.platform.plan.planning.application.port.in.ManageTasksUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.application.port.in.PlanQuery;
import vn.edu.platform.plan.planning.application.port.in.RecordProgressUseCase;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.security.UnitManagers;
import vn.edu.platform.starter.web.conditional.IfMatch;

/**
 * Tasks of plans: the department changes them and assigns them; an assigned unit (or the
 * department) records its progress on its own assignment.
 */
@RestController
@RequestMapping("/api/v1/plans/tasks")
@Tag(name = "Plan tasks", description = "Tasks (nhiệm vụ), their assignments and progress")
class TaskController {

  static final String TASK_ID = "{taskId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageTasksUseCase tasks;
  private final RecordProgressUseCase progress;
  private final PlanQuery queries;
  private final Viewers viewers;

  TaskController(
      ManageTasksUseCase tasks,
      RecordProgressUseCase progress,
      PlanQuery queries,
      Viewers viewers) {
    this.tasks = tasks;
    this.progress = progress;
    this.queries = queries;
    this.viewers = viewers;
  }

  @GetMapping("/" + TASK_ID)
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getTask",
      summary = "One task with its progress and the assignments the caller may see",
      description =
          "Department staff see every assignment; a unit its own (404 if none involve it).")
  TaskDetailResponse get(@PathVariable UUID taskId) {
    return TaskDetailResponse.of(queries.task(viewers.current(), taskId));
  }

  @PatchMapping("/" + TASK_ID)
  @DepartmentOnly
  @Operation(
      operationId = "updateTask",
      summary = "Change a task (content, units, deadline, weight) or cancel it",
      description =
          "Needs If-Match with the task's ETag. On an issued plan a change of units or deadline"
              + " publishes TaskAssigned; moving the deadline re-evaluates overdue assignments.")
  TaskDetailResponse update(
      @PathVariable UUID taskId,
      ExpectedRevision expected,
      @Valid @RequestBody UpdateTaskRequest request) {
    viewers.requireDepartmentWrite();
    PlanCommandMapper map = new PlanCommandMapper();
    PlanCommands.UpdateTask command =
        new PlanCommands.UpdateTask(
            taskId,
            expected,
            request.content(),
            request.leadUnitCode(),
            request.coordinatingUnitCodes(),
            map.deadline("/deadline", request.deadline()),
            request.approvingAuthority(),
            request.responsibilities(),
            request.weight(),
            request.cancelled());
    map.done();
    tasks.updateTask(command);
    return departmentView(taskId);
  }

  @PostMapping("/" + TASK_ID + "/move")
  @DepartmentOnly
  @Operation(
      operationId = "moveTask",
      summary = "Put a task under another task of its plan, or at the top",
      description = "A move that would make a task its own ancestor answers 422 task-cycle.")
  TaskDetailResponse move(@PathVariable UUID taskId, @Valid @RequestBody MoveTaskRequest request) {
    viewers.requireDepartmentWrite();
    tasks.moveTask(new PlanCommands.MoveTask(taskId, request.parentTaskId()));
    return departmentView(taskId);
  }

  @PostMapping("/" + TASK_ID + "/assignments")
  @DepartmentOnly
  @Operation(
      operationId = "assignTask",
      summary = "Assign the task to more units or groups of units",
      description = "On an issued plan, publishes TaskAssigned with the full list of units.")
  AssignmentsAddedResponse assign(
      @PathVariable UUID taskId, @Valid @RequestBody AddAssignmentsRequest request) {
    viewers.requireDepartmentWrite();
    List<Assignment> added =
        tasks.addAssignments(
            new PlanCommands.AddAssignments(taskId, request.unitCodes(), request.groups()));
    return new AssignmentsAddedResponse(added.stream().map(AssignmentResponse::of).toList());
  }

  @PatchMapping("/" + TASK_ID + "/assignments/{unitCode}")
  @UnitManagers
  @Operation(
      operationId = "updateAssignment",
      summary = "Record a unit's status and completion of its assignment",
      description =
          "By the assigned unit itself or the department (a commune officer does not report for"
              + " its schools). If-Match with the assignment's revision is optional. Publishes"
              + " TaskStatusChanged; the plan moves to IN_PROGRESS on its first progress.")
  AssignmentResponse updateAssignment(
      @PathVariable UUID taskId,
      @Parameter(
              schema = @Schema(type = "string", maxLength = 32),
              description = "The assigned unit",
              example = "S311002")
          @PathVariable
          String unitCode,
      @IfMatch(required = false) ExpectedRevision expected,
      @Valid @RequestBody UpdateAssignmentRequest request) {
    boolean byDepartment = viewers.requireProgressWriter(unitCode);
    Assignment updated =
        progress.updateAssignment(
            new PlanCommands.UpdateAssignment(
                taskId,
                unitCode,
                request.status(),
                request.percentComplete(),
                expected,
                byDepartment));
    return AssignmentResponse.of(updated);
  }

  private TaskDetailResponse departmentView(UUID taskId) {
    return TaskDetailResponse.of(queries.task(Viewer.department(), taskId));
  }
}
