package vn.edu.platform.plan.planning.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the features built on plans (progress reports) may know of a plan, a task and its
 * assignments: views owned by this port, so they depend on neither the plans' domain nor its
 * storage. Plain reads without visibility rules or roll-up; the caller applies its own access
 * rules, or asks {@link #sees}.
 */
public interface PublishedPlans {

  /** The plan with its targets. */
  Optional<PlanView> plan(UUID planId);

  Optional<TaskView> task(UUID taskId);

  /** Every assignment of the task, whatever its status. */
  List<AssignmentView> assignments(UUID taskId);

  /** Whether the viewer may see the plan, by the rules of {@link PlanQuery}. */
  boolean sees(Viewer viewer, UUID planId);

  /** Where a plan stands, as far as work on it is concerned. */
  enum Stage {
    /** Not issued: nobody works or reports on it yet. */
    DRAFT,
    /** Issued or in progress: tasks run and progress is reported. */
    ACTIVE,
    /** Closed: frozen until reopened. */
    CLOSED
  }

  /** The level a target is measured at. */
  enum TargetLevel {
    PROVINCE,
    COMMUNE,
    SCHOOL
  }

  /** The education level (cấp học) a target concerns. */
  enum EducationLevel {
    PRESCHOOL,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    CONTINUING_EDUCATION
  }

  /**
   * @param runsFrom the plan's first day: its issue date, or its first phase's start if earlier
   * @param runsTo its last phase's last day, or null when it has no phases
   */
  record PlanView(
      UUID id,
      String number,
      String issuingUnitCode,
      Stage stage,
      LocalDate runsFrom,
      LocalDate runsTo,
      List<TargetView> targets) {

    public PlanView {
      targets = List.copyOf(targets);
    }

    public Optional<TargetView> target(UUID targetId) {
      return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }
  }

  /**
   * @param reportedByUnits false when the platform computes the value from events, so no unit
   *     reports it
   * @param educationLevel null when the target concerns every level
   * @param unitCodes the units it is set for; empty means every unit of the level in the province
   */
  record TargetView(
      UUID id,
      String indicator,
      String unitOfMeasure,
      BigDecimal minValue,
      BigDecimal maxValue,
      boolean reportedByUnits,
      TargetLevel level,
      EducationLevel educationLevel,
      List<String> unitCodes) {

    public TargetView {
      unitCodes = List.copyOf(unitCodes);
    }
  }

  record TaskView(UUID id, UUID planId, String number, String content, boolean cancelled) {}

  record AssignmentView(UUID taskId, String unitCode, boolean cancelled) {}
}
