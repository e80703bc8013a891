package vn.edu.platform.plan.planning.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Task;

/** Tasks in a map. */
final class InMemoryTaskRepository implements TaskRepository {

  final Map<UUID, Task> tasks = new LinkedHashMap<>();

  @Override
  public void insert(List<Task> newTasks) {
    newTasks.forEach(t -> tasks.put(t.id(), t));
  }

  @Override
  public void update(Task task) {
    if (!tasks.containsKey(task.id())) {
      throw new IllegalStateException("no task " + task.id());
    }
    tasks.put(task.id(), task);
  }

  @Override
  public Optional<Task> find(UUID taskId) {
    return Optional.ofNullable(tasks.get(taskId));
  }

  @Override
  public List<Task> ofPlan(UUID planId) {
    return tasks.values().stream()
        .filter(t -> t.planId().equals(planId))
        .sorted(Comparator.comparingInt(Task::ordinal))
        .toList();
  }
}
