package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.UnitGroup;
import vn.edu.platform.plan.planning.domain.Units;

/** New targets, tasks and assignments from the commands that name them. */
final class PlanDocuments {

  private PlanDocuments() {}

  static Target targetOf(PlanCommands.NewTarget t) {
    return new Target(
        UUID.randomUUID(),
        t.indicator(),
        t.unitOfMeasure(),
        t.targetValue(),
        t.baseline(),
        t.minValue(),
        t.maxValue(),
        t.deadline(),
        t.scope(),
        t.source());
  }

  static Task taskOf(Plan plan, PlanCommands.NewTask t, UUID id, UUID parentId, int ordinal) {
    return new Task(
        id,
        plan.id(),
        parentId,
        t.number(),
        ordinal,
        t.content(),
        t.leadUnitCode(),
        t.coordinatingUnitCodes(),
        t.deadline(),
        t.approvingAuthority(),
        t.responsibilities(),
        t.weight(),
        ProgressStatus.NOT_STARTED,
        1);
  }

  /** The units carrying out a new task: named units and groups, or else the lead unit. */
  static List<String> assigneesOf(
      PlanCommands.NewTask t, Task task, Units units, String at, List<Violation> violations) {
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < t.assignedUnitCodes().size(); i++) {
      String code =
          t.assignedUnitCodes().get(i) == null ? null : t.assignedUnitCodes().get(i).strip();
      Plan.checkUnit(violations, units, at + "/assignedUnitCodes/" + i, code);
      codes.add(code);
    }
    for (UnitGroup group : t.assignedGroups()) {
      codes.addAll(units.group(group));
    }
    if (codes.isEmpty() && task.leadUnitCode() != null) {
      codes.add(task.leadUnitCode());
    }
    codes.remove(null);
    return List.copyOf(codes);
  }

  static List<Assignment> assignmentsOf(Task task, List<String> units, LocalDate today) {
    return units.stream()
        .map(code -> Assignment.newFor(task.id(), code, task.dueDate(), today))
        .toList();
  }
}
