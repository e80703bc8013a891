package vn.edu.platform.plan.planning.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Attachment;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.DeadlineKind;
import vn.edu.platform.plan.planning.domain.EducationLevel;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Phase;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.ResponsibilityLevel;
import vn.edu.platform.plan.planning.domain.ScopeLevel;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.starter.web.conditional.Revisioned;

/** Response bodies of the plans API. */
final class PlanResponses {

  private PlanResponses() {}

  @Schema(description = "A plan with its targets and task tree, progress rolled up as of asOf")
  record PlanResponse(
      UUID id,
      @Schema(example = "570/KH-SGDĐT") @Nullable String number,
      @Schema(example = "2026-01-31") @Nullable LocalDate issuedOn,
      @Schema(example = "SGD31") String issuingUnitCode,
      @Schema(example = "DEPARTMENT") Authority issuingAuthority,
      String title,
      List<LegalBasisResponse> legalBases,
      @Nullable String purpose,
      @Nullable String requirements,
      List<PhaseResponse> phases,
      List<AttachmentResponse> attachments,
      @Schema(example = "ISSUED") PlanStatus status,
      @Schema(description = "Revision; send it back in If-Match to update", example = "2")
          long revision,
      @Schema(description = "The day progress was computed for", example = "2026-11-28")
          LocalDate asOf,
      @Schema(
              description = "Weighted mean of the top-level tasks' completion, 0-100",
              example = "37.50")
          BigDecimal percentComplete,
      @Schema(description = "Number of tasks in the plan", example = "7") int taskCount,
      @Schema(description = "Tasks past their deadline unfinished", example = "1")
          long overdueTaskCount,
      List<TargetResponse> targets,
      @Schema(
              description =
                  "Top-level tasks with their sub-tasks; a unit outside the department sees the"
                      + " tasks that involve it (and their parents)")
          List<TaskResponse> tasks)
      implements Revisioned {

    static PlanResponse of(PlanViews.PlanDetail detail) {
      Plan p = detail.plan();
      Map<UUID, List<PlanViews.TaskProgress>> children = new HashMap<>();
      List<PlanViews.TaskProgress> roots = new ArrayList<>();
      Set<UUID> shown = new HashSet<>();
      detail.tasks().forEach(t -> shown.add(t.task().id()));
      for (PlanViews.TaskProgress t : detail.tasks()) {
        UUID parent = t.task().parentTaskId();
        if (parent != null && shown.contains(parent)) {
          children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
        } else {
          roots.add(t);
        }
      }
      return new PlanResponse(
          p.id(),
          p.number(),
          p.issuedOn(),
          p.issuingUnitCode(),
          p.issuingAuthority(),
          p.title(),
          p.legalBases().stream().map(LegalBasisResponse::of).toList(),
          p.purpose(),
          p.requirements(),
          p.phases().stream().map(PhaseResponse::of).toList(),
          p.attachments().stream().map(AttachmentResponse::of).toList(),
          p.status(),
          p.revision(),
          detail.asOf(),
          detail.percentComplete(),
          detail.taskCount(),
          detail.overdueTaskCount(),
          p.targets().stream().map(TargetResponse::of).toList(),
          roots.stream().map(t -> TaskResponse.of(t, children)).toList());
    }
  }

  @Schema(description = "A document the plan implements")
  record LegalBasisResponse(
      @Schema(example = "57-NQ/TW") String documentNumber,
      @Nullable String title,
      @Schema(example = "2024-12-22") @Nullable LocalDate issuedOn,
      @Schema(description = "The plan of this system with that number, if any")
          @Nullable UUID planId) {
    static LegalBasisResponse of(LegalBasis b) {
      return new LegalBasisResponse(b.documentNumber(), b.title(), b.issuedOn(), b.planId());
    }
  }

  @Schema(description = "A phase; from and to inclusive")
  record PhaseResponse(
      @Schema(example = "2025-2027") String code,
      @Schema(example = "2025-07-18") LocalDate from,
      @Schema(example = "2027-12-31") LocalDate to) {
    static PhaseResponse of(Phase p) {
      return new PhaseResponse(p.code(), p.from(), p.to());
    }
  }

  @Schema(description = "Metadata of an attached file")
  record AttachmentResponse(
      @Schema(example = "570-KH-SGDDT.pdf") String fileName,
      @Schema(example = "application/pdf") String mediaType,
      @Schema(example = "482133") long size,
      @Nullable String sha256,
      @Nullable String uri) {
    static AttachmentResponse of(Attachment a) {
      return new AttachmentResponse(a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uri());
    }
  }

  @Schema(description = "A plan in a list")
  record PlanSummaryResponse(
      UUID id,
      @Schema(example = "570/KH-SGDĐT") @Nullable String number,
      @Schema(example = "2026-01-31") @Nullable LocalDate issuedOn,
      @Schema(example = "SGD31") String issuingUnitCode,
      String title,
      @Schema(example = "IN_PROGRESS") PlanStatus status,
      @Schema(example = "37.50") BigDecimal percentComplete,
      @Schema(example = "7") int taskCount,
      @Schema(example = "1") long overdueTaskCount,
      @Schema(example = "3") long revision) {

    static PlanSummaryResponse of(PlanViews.PlanSummary s) {
      Plan p = s.plan();
      return new PlanSummaryResponse(
          p.id(),
          p.number(),
          p.issuedOn(),
          p.issuingUnitCode(),
          p.title(),
          p.status(),
          s.percentComplete(),
          s.taskCount(),
          s.overdueTaskCount(),
          p.revision());
    }
  }

  @Schema(description = "A target")
  record TargetResponse(
      @Schema(description = "Stable id, referred to by progress reports") UUID id,
      String indicator,
      @Schema(example = "%") @Nullable String unitOfMeasure,
      @Schema(example = "73.14") BigDecimal targetValue,
      @Nullable BigDecimal baseline,
      @Schema(example = "0") @Nullable BigDecimal minValue,
      @Schema(example = "100") @Nullable BigDecimal maxValue,
      @Nullable DeadlineResponse deadline,
      @Schema(example = "PROVINCE") ScopeLevel scopeLevel,
      @Nullable EducationLevel educationLevel,
      List<String> scopeUnitCodes,
      @Schema(example = "REPORTED") TargetSource source) {

    static TargetResponse of(Target t) {
      return new TargetResponse(
          t.id(),
          t.indicator(),
          t.unitOfMeasure(),
          t.targetValue(),
          t.baseline(),
          t.minValue(),
          t.maxValue(),
          t.deadline() == null ? null : DeadlineResponse.of(t.deadline()),
          t.scope().level(),
          t.scope().educationLevel(),
          t.scope().unitCodes(),
          t.source());
    }
  }

  @Schema(description = "A deadline as stated, with its last day and a label as plans write it")
  record DeadlineResponse(
      @Schema(example = "MONTH") DeadlineKind kind,
      @Nullable LocalDate date,
      @Schema(example = "2026-06", type = "string") @Nullable YearMonth month,
      @Schema(example = "2025-Q3") @Nullable String quarter,
      @Nullable Integer year,
      @Schema(example = "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10") @Nullable String recurrence,
      @Schema(description = "Last day on time; null for recurring", example = "2026-06-30")
          @Nullable LocalDate dueDate,
      @Schema(example = "Tháng 6/2026") String label) {

    static DeadlineResponse of(Deadline d) {
      return new DeadlineResponse(
          d.kind(),
          d.date(),
          d.month(),
          d.quarter(),
          d.year(),
          d.recurrence(),
          d.lastDay().orElse(null),
          d.label());
    }
  }

  @Schema(description = "Assignments of a task counted by status")
  record AssignmentCountsResponse(
      @Schema(example = "120") int total,
      @Schema(example = "40") int notStarted,
      @Schema(example = "60") int inProgress,
      @Schema(example = "15") int completed,
      @Schema(example = "5") int overdue,
      @Schema(example = "0") int cancelled) {

    static AssignmentCountsResponse of(AssignmentSummary s) {
      return new AssignmentCountsResponse(
          s.active() + s.cancelled(),
          s.notStarted(),
          s.inProgress(),
          s.completed(),
          s.overdue(),
          s.cancelled());
    }
  }

  @Schema(description = "A task with its rolled-up progress")
  record TaskResponse(
      UUID id,
      UUID planId,
      @Nullable UUID parentTaskId,
      @Schema(example = "1") String number,
      String content,
      @Schema(example = "SGD31-VP") String leadUnitCode,
      List<String> coordinatingUnitCodes,
      @Nullable DeadlineResponse deadline,
      @Nullable Authority approvingAuthority,
      Map<ResponsibilityLevel, String> responsibilities,
      @Schema(example = "1") BigDecimal weight,
      @Schema(description = "Status as of today", example = "IN_PROGRESS") ProgressStatus status,
      @Schema(example = "42.50") BigDecimal percentComplete,
      AssignmentCountsResponse assignmentCounts,
      @Schema(description = "The caller's own units' assignments of this task")
          List<AssignmentResponse> myAssignments,
      @Schema(description = "Revision; send it back in If-Match to update", example = "1")
          long revision,
      List<TaskResponse> subtasks) {

    static TaskResponse of(
        PlanViews.TaskProgress t, Map<UUID, List<PlanViews.TaskProgress>> children) {
      Task task = t.task();
      return new TaskResponse(
          task.id(),
          task.planId(),
          task.parentTaskId(),
          task.number(),
          task.content(),
          task.leadUnitCode(),
          task.coordinatingUnitCodes(),
          DeadlineResponse.of(task.deadline()),
          task.approvingAuthority(),
          task.responsibilities(),
          task.weight(),
          t.status(),
          t.percentComplete(),
          AssignmentCountsResponse.of(t.assignments()),
          t.visibleAssignments().stream().map(AssignmentResponse::of).toList(),
          task.revision(),
          children.getOrDefault(task.id(), List.of()).stream().map(c -> of(c, children)).toList());
    }
  }

  @Schema(description = "One unit's assignment of a task")
  record AssignmentResponse(
      UUID taskId,
      @Schema(example = "S311002") String unitCode,
      @Schema(description = "Status as of today", example = "IN_PROGRESS") ProgressStatus status,
      @Schema(example = "40") BigDecimal percentComplete,
      @Schema(example = "2026-06-30") @Nullable LocalDate dueDate,
      @Schema(example = "2026-03-02") @Nullable LocalDate updatedOn,
      @Schema(example = "2") long revision)
      implements Revisioned {

    static AssignmentResponse of(Assignment a) {
      return new AssignmentResponse(
          a.taskId(),
          a.unitCode(),
          a.status(),
          a.percentComplete(),
          a.dueDate(),
          a.updatedOn(),
          a.revision());
    }
  }

  @Schema(description = "A task with its plan and the assignments the caller may see")
  record TaskDetailResponse(
      UUID planId,
      @Schema(example = "570/KH-SGDĐT") String planNumber,
      String planTitle,
      PlanStatus planStatus,
      LocalDate asOf,
      TaskResponse task,
      List<AssignmentResponse> assignments)
      implements Revisioned {

    // The task is what a conditional update of this resource changes.
    @Override
    @JsonIgnore
    public long revision() {
      return task.revision();
    }

    static TaskDetailResponse of(PlanViews.TaskDetail d) {
      TaskResponse task = TaskResponse.of(d.task(), Map.of());
      return new TaskDetailResponse(
          d.plan().id(),
          d.plan().number(),
          d.plan().title(),
          d.plan().status(),
          d.asOf(),
          task,
          task.myAssignments());
    }
  }

  @Schema(description = "Assignments added to a task")
  record AssignmentsAddedResponse(
      @Schema(description = "Units newly assigned (units assigned before are left out)")
          List<AssignmentResponse> added) {}

  @Schema(description = "One assignment due, overdue or recurring, for \"my tasks\" and reminders")
  record DueItemResponse(
      UUID taskId,
      UUID planId,
      @Schema(example = "570/KH-SGDĐT") String planNumber,
      String planTitle,
      @Schema(example = "1") String taskNumber,
      String content,
      @Schema(example = "SGD31-VP") String leadUnitCode,
      @Nullable DeadlineResponse deadline,
      @Schema(
              description = "Last day; for a recurring task in reminders, its next occurrence",
              example = "2026-06-30")
          @Nullable LocalDate dueOn,
      @Schema(example = "S311002") String unitCode,
      @Schema(example = "OVERDUE") ProgressStatus status,
      @Schema(example = "40") BigDecimal percentComplete,
      @Nullable LocalDate updatedOn,
      @Schema(description = "The assignment's revision (If-Match of its PATCH)", example = "2")
          long revision) {

    static DueItemResponse of(PlanViews.DueItem i) {
      return new DueItemResponse(
          i.taskId(),
          i.planId(),
          i.planNumber(),
          i.planTitle(),
          i.taskNumber(),
          i.content(),
          i.leadUnitCode(),
          DeadlineResponse.of(i.deadline()),
          i.dueOn(),
          i.unitCode(),
          i.status(),
          i.percentComplete(),
          i.updatedOn(),
          i.revision());
    }
  }

  @Schema(description = "Open work overdue or due soon for some units")
  record RemindersResponse(
      @Schema(description = "The units covered") List<String> unitCodes,
      @Schema(example = "2026-11-28") LocalDate asOf,
      @Schema(example = "7") int withinDays,
      @Schema(description = "Past the deadline and not completed") List<DueItemResponse> overdue,
      @Schema(description = "Due (or, recurring, next occurring) within withinDays days")
          List<DueItemResponse> dueSoon,
      @Schema(
              description =
                  "Progress reports not submitted by their due date (periods due in the last"
                      + " year)")
          List<DueReportResponse> reportsOverdue,
      @Schema(description = "Progress reports not submitted yet, due within withinDays days")
          List<DueReportResponse> reportsDueSoon) {}

  @Schema(description = "A progress report a unit still owes for one reporting period")
  record DueReportResponse(
      @Schema(description = "The report form") UUID formId,
      UUID planId,
      @Schema(example = "570/KH-SGDĐT") String planNumber,
      @Schema(description = "The task reported on (or null for a target)") @Nullable UUID taskId,
      @Schema(description = "The target reported on (or null for a task)") @Nullable UUID targetId,
      @Schema(description = "What is reported on", example = "Tỷ lệ học sinh có học bạ số")
          String title,
      @Schema(example = "S311002") String unitCode,
      @Schema(description = "The reporting period", example = "2026") String periodCode,
      @Schema(description = "Last day to submit on time", example = "2026-11-10") LocalDate dueOn,
      @Schema(description = "The unit's unsubmitted report, if it saved one")
          @Nullable UUID reportId,
      @Schema(description = "DRAFT when a draft was saved, else null", example = "DRAFT")
          @Nullable String reportStatus) {

    static DueReportResponse of(PlanViews.DueReport r) {
      return new DueReportResponse(
          r.formId(),
          r.planId(),
          r.planNumber(),
          r.taskId(),
          r.targetId(),
          r.title(),
          r.unitCode(),
          r.periodCode(),
          r.dueOn(),
          r.reportId(),
          r.reportStatus());
    }
  }
}
