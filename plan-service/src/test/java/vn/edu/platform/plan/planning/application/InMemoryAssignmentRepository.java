package vn.edu.platform.plan.planning.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.ProgressStatus;

/** Assignments in a map keyed by task and unit, with the plan each belongs to. */
final class InMemoryAssignmentRepository implements AssignmentRepository {

  final Map<List<Object>, Assignment> assignments = new LinkedHashMap<>();
  private final Map<List<Object>, UUID> planOf = new HashMap<>();

  private static List<Object> key(UUID taskId, String unitCode) {
    return List.of(taskId, unitCode);
  }

  Assignment get(UUID taskId, String unitCode) {
    return assignments.get(key(taskId, unitCode));
  }

  @Override
  public void insert(UUID planId, List<Assignment> added) {
    for (Assignment a : added) {
      List<Object> key = key(a.taskId(), a.unitCode());
      if (assignments.putIfAbsent(key, a) != null) {
        throw new IllegalStateException("assigned twice: " + key);
      }
      planOf.put(key, planId);
    }
  }

  @Override
  public void update(Assignment a) {
    List<Object> key = key(a.taskId(), a.unitCode());
    if (!assignments.containsKey(key)) {
      throw new IllegalStateException("no assignment " + key);
    }
    assignments.put(key, a);
  }

  @Override
  public Optional<Assignment> lock(UUID taskId, String unitCode) {
    return Optional.ofNullable(get(taskId, unitCode));
  }

  @Override
  public List<Assignment> ofTask(UUID taskId) {
    return assignments.values().stream()
        .filter(a -> a.taskId().equals(taskId))
        .sorted(Comparator.comparing(Assignment::unitCode))
        .toList();
  }

  @Override
  public Map<UUID, AssignmentSummary> summaries(Collection<UUID> planIds, LocalDate today) {
    Map<UUID, AssignmentSummary> result = new HashMap<>();
    assignments.forEach(
        (key, a) -> {
          if (planIds.contains(planOf.get(key))) {
            result.merge(
                a.taskId(),
                AssignmentSummary.NONE.plus(a.statusOn(today), a.percentComplete()),
                InMemoryAssignmentRepository::sum);
          }
        });
    return result;
  }

  private static AssignmentSummary sum(AssignmentSummary x, AssignmentSummary y) {
    return new AssignmentSummary(
        x.notStarted() + y.notStarted(),
        x.inProgress() + y.inProgress(),
        x.completed() + y.completed(),
        x.overdue() + y.overdue(),
        x.cancelled() + y.cancelled(),
        x.percentSum().add(y.percentSum()));
  }

  @Override
  public List<OverdueTransition> markOverdue(UUID planId, LocalDate today) {
    List<OverdueTransition> transitions = new ArrayList<>();
    assignments.replaceAll(
        (key, a) -> {
          boolean due =
              planId.equals(planOf.get(key))
                  && a.status().isOpen()
                  && a.status() != ProgressStatus.OVERDUE
                  && a.dueDate() != null
                  && a.dueDate().isBefore(today);
          if (!due) {
            return a;
          }
          transitions.add(
              new OverdueTransition(a.taskId(), a.unitCode(), a.status(), a.percentComplete()));
          return new Assignment(
              a.taskId(),
              a.unitCode(),
              ProgressStatus.OVERDUE,
              a.percentComplete(),
              a.dueDate(),
              today,
              a.revision() + 1);
        });
    transitions.sort(
        Comparator.comparing((OverdueTransition t) -> t.taskId())
            .thenComparing(OverdueTransition::unitCode));
    return transitions;
  }
}
