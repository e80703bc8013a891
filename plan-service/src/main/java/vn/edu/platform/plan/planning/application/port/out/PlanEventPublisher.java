package vn.edu.platform.plan.planning.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/** Announces plans and tasks to the other services, through the outbox (in the transaction). */
public interface PlanEventPublisher {

  void planIssued(Plan plan);

  /** A task's units and deadline, with the full list of assigned units. */
  void taskAssigned(Task task, List<String> assignedUnitCodes);

  /**
   * A status or completion change of one unit's assignment ({@code unitCode} set) or of the task as
   * a whole ({@code unitCode} null).
   */
  void taskStatusChanged(
      UUID taskId,
      UUID planId,
      String unitCode,
      ProgressStatus from,
      ProgressStatus to,
      BigDecimal percentComplete,
      LocalDate changedOn);
}
