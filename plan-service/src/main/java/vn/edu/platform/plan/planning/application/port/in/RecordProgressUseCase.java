package vn.edu.platform.plan.planning.application.port.in;

import vn.edu.platform.plan.planning.domain.Assignment;

/** An assigned unit (or the department) records the status and completion of an assignment. */
public interface RecordProgressUseCase {

  Assignment updateAssignment(PlanCommands.UpdateAssignment command);
}
