package vn.edu.platform.plan.planning.adapter.out.persistence;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.planning.application.port.out.AssignmentRepository;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.ProgressStatus;

/** Assignments in {@code plan_task_assignment} (V2). */
@Repository
class JdbcAssignmentRepository implements AssignmentRepository {

  private final JdbcClient jdbc;
  private final PlanRows rows;

  JdbcAssignmentRepository(JdbcClient jdbc, PlanRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  @Override
  public void insert(UUID planId, List<Assignment> assignments) {
    // New assignments of one task differ only in their unit: one statement per task.
    Map<UUID, List<Assignment>> byTask = new LinkedHashMap<>();
    assignments.forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
    for (List<Assignment> same : byTask.values()) {
      Assignment first = same.getFirst();
      jdbc.sql(
              """
              INSERT INTO plan_task_assignment (task_id, unit_code, plan_id, status,
                                                percent_complete, due_date, updated_on, revision)
              SELECT :task, unit, :plan, :status, :percent, :due, :updatedOn, :revision
                FROM unnest(string_to_array(:units, ',')) AS unit
              """)
          .param("task", first.taskId())
          .param("plan", planId)
          .param("status", first.status().name())
          .param("percent", first.percentComplete())
          .param("due", first.dueDate())
          .param("updatedOn", first.updatedOn())
          .param("revision", first.revision())
          .param("units", PlanRows.joined(same.stream().map(Assignment::unitCode).toList()))
          .update();
    }
  }

  @Override
  public void update(Assignment a) {
    jdbc.sql(
            """
            UPDATE plan_task_assignment SET status = :status, percent_complete = :percent,
                   due_date = :due, updated_on = :updatedOn, revision = :revision,
                   updated_at = now()
             WHERE task_id = :task AND unit_code = :unit
            """)
        .param("task", a.taskId())
        .param("unit", a.unitCode())
        .param("status", a.status().name())
        .param("percent", a.percentComplete())
        .param("due", a.dueDate())
        .param("updatedOn", a.updatedOn())
        .param("revision", a.revision())
        .update();
  }

  @Override
  public Optional<Assignment> lock(UUID taskId, String unitCode) {
    return jdbc.sql(
            "SELECT * FROM plan_task_assignment WHERE task_id = :task AND unit_code = :unit"
                + " FOR UPDATE")
        .param("task", taskId)
        .param("unit", unitCode)
        .query(PlanRows::assignmentRow)
        .optional();
  }

  @Override
  public List<Assignment> ofTask(UUID taskId) {
    return jdbc.sql("SELECT * FROM plan_task_assignment WHERE task_id = :task ORDER BY unit_code")
        .param("task", taskId)
        .query(PlanRows::assignmentRow)
        .list();
  }

  @Override
  public Map<UUID, AssignmentSummary> summaries(Collection<UUID> planIds, LocalDate today) {
    Map<UUID, AssignmentSummary> result = new HashMap<>();
    if (planIds.isEmpty()) {
      return result;
    }
    jdbc.sql(
            "SELECT task_id,"
                + " count(*) FILTER (WHERE eff = 'NOT_STARTED') AS not_started,"
                + " count(*) FILTER (WHERE eff = 'IN_PROGRESS') AS in_progress,"
                + " count(*) FILTER (WHERE eff = 'COMPLETED') AS completed,"
                + " count(*) FILTER (WHERE eff = 'OVERDUE') AS overdue,"
                + " count(*) FILTER (WHERE eff = 'CANCELLED') AS cancelled,"
                + " coalesce(sum(percent_complete) FILTER (WHERE eff <> 'CANCELLED'), 0) AS psum"
                + " FROM (SELECT a.task_id, a.percent_complete, "
                + PlanRows.EFFECTIVE_STATUS
                + " AS eff FROM plan_task_assignment a WHERE a.plan_id IN (:plans)) s"
                + " GROUP BY task_id")
        .param("plans", planIds)
        .param("today", today)
        .query(
            (rs, i) ->
                result.put(
                    rs.getObject("task_id", UUID.class),
                    new AssignmentSummary(
                        rs.getInt("not_started"),
                        rs.getInt("in_progress"),
                        rs.getInt("completed"),
                        rs.getInt("overdue"),
                        rs.getInt("cancelled"),
                        rs.getBigDecimal("psum"))))
        .list();
    return result;
  }

  @Override
  public List<OverdueTransition> markOverdue(UUID planId, LocalDate today) {
    List<OverdueTransition> transitions =
        new ArrayList<>(
            jdbc.sql(
                    """
                    WITH due AS (
                      SELECT task_id, unit_code, status FROM plan_task_assignment
                       WHERE plan_id = :plan AND status IN ('NOT_STARTED', 'IN_PROGRESS')
                         AND due_date < :today
                       FOR UPDATE)
                    UPDATE plan_task_assignment a
                       SET status = 'OVERDUE', updated_on = :today, revision = a.revision + 1,
                           updated_at = now()
                      FROM due
                     WHERE a.task_id = due.task_id AND a.unit_code = due.unit_code
                    RETURNING a.task_id, a.unit_code, due.status AS from_status, a.percent_complete
                    """)
                .param("plan", planId)
                .param("today", today)
                .query(
                    (rs, i) ->
                        new OverdueTransition(
                            rs.getObject("task_id", UUID.class),
                            rs.getString("unit_code"),
                            ProgressStatus.valueOf(rs.getString("from_status")),
                            rs.getBigDecimal("percent_complete")))
                .list());
    transitions.sort(
        Comparator.comparing((OverdueTransition t) -> t.taskId())
            .thenComparing(OverdueTransition::unitCode));
    return transitions;
  }
}
