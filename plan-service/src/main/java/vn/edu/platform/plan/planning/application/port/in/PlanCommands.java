package vn.edu.platform.plan.planning.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.planning.domain.Attachment;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Phase;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.ResponsibilityLevel;
import vn.edu.platform.plan.planning.domain.TargetScope;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.UnitGroup;

/** The commands on plans, tasks and assignments; lists are copied, absent lists are empty. */
public final class PlanCommands {

  private PlanCommands() {}

  /**
   * A whole plan document: the plan, its targets and its tasks. {@code status} is {@code DRAFT}
   * (the default) or {@code ISSUED} for a plan already signed.
   */
  public record CreatePlan(
      String number,
      LocalDate issuedOn,
      String issuingUnitCode,
      Authority issuingAuthority,
      String title,
      List<LegalBasis> legalBases,
      String purpose,
      String requirements,
      List<Phase> phases,
      List<Attachment> attachments,
      PlanStatus status,
      List<NewTarget> targets,
      List<NewTask> tasks) {
    public CreatePlan {
      legalBases = copy(legalBases);
      phases = copy(phases);
      attachments = copy(attachments);
      targets = copy(targets);
      tasks = copy(tasks);
    }
  }

  /** A target to add. */
  public record NewTarget(
      String indicator,
      String unitOfMeasure,
      BigDecimal targetValue,
      BigDecimal baseline,
      BigDecimal minValue,
      BigDecimal maxValue,
      Deadline deadline,
      TargetScope scope,
      TargetSource source) {}

  /**
   * A task to add. In a plan document, {@code parentNumber} names the parent task by its number;
   * the units that carry the task out are {@code assignedUnitCodes} plus the units of {@code
   * assignedGroups}, or the lead unit alone when both are empty.
   */
  public record NewTask(
      String number,
      String parentNumber,
      String content,
      String leadUnitCode,
      List<String> coordinatingUnitCodes,
      Deadline deadline,
      Authority approvingAuthority,
      Map<ResponsibilityLevel, String> responsibilities,
      BigDecimal weight,
      List<String> assignedUnitCodes,
      List<UnitGroup> assignedGroups) {
    public NewTask {
      coordinatingUnitCodes = copy(coordinatingUnitCodes);
      responsibilities = responsibilities == null ? Map.of() : Map.copyOf(responsibilities);
      assignedUnitCodes = copy(assignedUnitCodes);
      assignedGroups = copy(assignedGroups);
    }
  }

  /**
   * Changes of a plan's header; null fields stay as they are, lists are replaced. Number and date
   * change only while the plan is a draft.
   */
  public record UpdatePlan(
      UUID planId,
      ExpectedRevision expectedRevision,
      String number,
      LocalDate issuedOn,
      String title,
      List<LegalBasis> legalBases,
      String purpose,
      String requirements,
      List<Phase> phases,
      List<Attachment> attachments) {
    public UpdatePlan {
      Objects.requireNonNull(expectedRevision, "expectedRevision");
      Objects.requireNonNull(planId, "planId");
    }
  }

  /** Add a task to a plan, under {@code parentTaskId} when given. */
  public record AddTask(UUID planId, UUID parentTaskId, NewTask task) {
    public AddTask {
      Objects.requireNonNull(planId, "planId");
      Objects.requireNonNull(task, "task");
    }
  }

  /**
   * Changes of a task; null fields stay as they are. {@code cancelled} true withdraws the task,
   * false reinstates it.
   */
  public record UpdateTask(
      UUID taskId,
      ExpectedRevision expectedRevision,
      String content,
      String leadUnitCode,
      List<String> coordinatingUnitCodes,
      Deadline deadline,
      Authority approvingAuthority,
      Map<ResponsibilityLevel, String> responsibilities,
      BigDecimal weight,
      Boolean cancelled) {
    public UpdateTask {
      Objects.requireNonNull(expectedRevision, "expectedRevision");
      Objects.requireNonNull(taskId, "taskId");
    }
  }

  /** Put a task under another task of its plan, or at the top ({@code parentTaskId} null). */
  public record MoveTask(UUID taskId, UUID parentTaskId) {
    public MoveTask {
      Objects.requireNonNull(taskId, "taskId");
    }
  }

  /** Assign a task to more units. */
  public record AddAssignments(UUID taskId, List<String> unitCodes, List<UnitGroup> groups) {
    public AddAssignments {
      Objects.requireNonNull(taskId, "taskId");
      unitCodes = copy(unitCodes);
      groups = copy(groups);
    }
  }

  /**
   * A unit's progress on its assignment; {@code byDepartment} when department staff record it (only
   * they cancel). {@code expectedRevision} guards against lost updates unless it is any.
   */
  public record UpdateAssignment(
      UUID taskId,
      String unitCode,
      ProgressStatus status,
      BigDecimal percentComplete,
      ExpectedRevision expectedRevision,
      boolean byDepartment) {
    public UpdateAssignment {
      Objects.requireNonNull(expectedRevision, "expectedRevision");
      Objects.requireNonNull(taskId, "taskId");
      Objects.requireNonNull(unitCode, "unitCode");
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
