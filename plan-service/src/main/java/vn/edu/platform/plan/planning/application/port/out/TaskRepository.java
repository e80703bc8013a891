package vn.edu.platform.plan.planning.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.Task;

/** Where the tasks of plans live. */
public interface TaskRepository {

  /** Inserts tasks; a parent may come after its child in the list. */
  void insert(List<Task> tasks);

  /** Updates a task's fields, status and revision. */
  void update(Task task);

  Optional<Task> find(UUID taskId);

  /** The tasks of a plan in plan order. */
  List<Task> ofPlan(UUID planId);
}
