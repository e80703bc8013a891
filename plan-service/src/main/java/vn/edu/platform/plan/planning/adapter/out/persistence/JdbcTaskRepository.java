package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.planning.application.port.out.TaskRepository;
import vn.edu.platform.plan.planning.domain.Task;

/** Tasks in {@code plan_task} (V2). */
@Repository
class JdbcTaskRepository implements TaskRepository {

  private final JdbcClient jdbc;
  private final PlanRows rows;

  JdbcTaskRepository(JdbcClient jdbc, PlanRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  @Override
  public void insert(List<Task> tasks) {
    for (Task t : tasks) {
      jdbc.sql(
              """
              INSERT INTO plan_task (id, plan_id, parent_task_id, number, ordinal, content,
                                     lead_unit_code, coordinating_unit_codes, deadline_kind,
                                     deadline_value, deadline_recurrence, due_date,
                                     approving_authority, responsibilities, weight, status,
                                     revision)
              VALUES (:id, :plan, :parent, :number, :ordinal, :content, :lead,
                      coalesce(string_to_array(:coordinating, ','), '{}'), :kind, :value,
                      :recurrence, :due, :authority, CAST(:responsibilities AS JSONB), :weight,
                      :status, :revision)
              """)
          .params(rows.taskParams(t))
          .update();
    }
  }

  @Override
  public void update(Task t) {
    jdbc.sql(
            """
            UPDATE plan_task SET parent_task_id = :parent, content = :content,
                   lead_unit_code = :lead,
                   coordinating_unit_codes = coalesce(string_to_array(:coordinating, ','), '{}'),
                   deadline_kind = :kind, deadline_value = :value,
                   deadline_recurrence = :recurrence, due_date = :due,
                   approving_authority = :authority,
                   responsibilities = CAST(:responsibilities AS JSONB), weight = :weight,
                   status = :status, revision = :revision, updated_at = now()
             WHERE id = :id
            """)
        .params(rows.taskParams(t))
        .update();
  }

  @Override
  public Optional<Task> find(UUID taskId) {
    return jdbc.sql("SELECT * FROM plan_task WHERE id = :id")
        .param("id", taskId)
        .query(rows::taskRow)
        .optional();
  }

  @Override
  public List<Task> ofPlan(UUID planId) {
    return jdbc.sql("SELECT * FROM plan_task WHERE plan_id = :plan ORDER BY ordinal")
        .param("plan", planId)
        .query(rows::taskRow)
        .list();
  }
}
