package vn.edu.platform.plan.planning.application.port.in;

import java.util.List;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Task;

/** The department's work on the tasks of a plan. Every change is audited. */
public interface ManageTasksUseCase {

  Task addTask(PlanCommands.AddTask command);

  Task updateTask(PlanCommands.UpdateTask command);

  /** Puts a task under another one; refuses a cycle. */
  Task moveTask(PlanCommands.MoveTask command);

  /** Assigns a task to more units; already assigned units are left as they are. */
  List<Assignment> addAssignments(PlanCommands.AddAssignments command);
}
