package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.planning.application.port.out.PlanProjections;

/**
 * The tables kept for reading: {@code plan_involvement} (V2), and {@code plan_unit_ancestor} with
 * {@code plan_work_item} (V4). A work item is one assignment of a running plan (task and assignment
 * not cancelled) listed under its unit and under each ancestor of the unit on the current tree, so
 * "my tasks" of a commune with its schools is one range of one index.
 */
@Repository
class JdbcPlanProjections implements PlanProjections {

  /** The work items of the assignments {@code a} that match the scope appended to it. */
  private static final String INSERT_WORK =
      """
      INSERT INTO plan_work_item (viewer_unit_code, task_id, unit_code, plan_id, plan_number,
                                  task_ordinal, status, due_date)
      SELECT v.viewer, a.task_id, a.unit_code, a.plan_id, p.number, t.ordinal, a.status, a.due_date
        FROM plan_task_assignment a
        JOIN plan_task t ON t.id = a.task_id
        JOIN plan p ON p.id = a.plan_id
        CROSS JOIN LATERAL (SELECT a.unit_code AS viewer
                            UNION ALL
                            SELECT u.ancestor_code FROM plan_unit_ancestor u
                             WHERE u.unit_code = a.unit_code) v
       WHERE p.status IN ('ISSUED', 'IN_PROGRESS') AND t.status <> 'CANCELLED'
         AND a.status <> 'CANCELLED'
      """;

  /** One instance at a time rebuilds everything (several instances start together). */
  private static final long REBUILD_LOCK = 0x706c616e776f726bL;

  private final JdbcClient jdbc;

  JdbcPlanProjections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void refreshInvolvement(UUID planId) {
    jdbc.sql("DELETE FROM plan_involvement WHERE plan_id = :plan").param("plan", planId).update();
    jdbc.sql(
            """
            INSERT INTO plan_involvement (unit_code, plan_id)
            SELECT DISTINCT code, CAST(:plan AS UUID) FROM (
              SELECT issuing_unit_code AS code FROM plan WHERE id = :plan
              UNION SELECT lead_unit_code FROM plan_task WHERE plan_id = :plan
              UNION SELECT unnest(coordinating_unit_codes) FROM plan_task WHERE plan_id = :plan
              UNION SELECT unit_code FROM plan_task_assignment WHERE plan_id = :plan
            ) units
            """)
        .param("plan", planId)
        .update();
  }

  @Override
  public void refreshPlanWork(UUID planId) {
    jdbc.sql("DELETE FROM plan_work_item WHERE plan_id = :plan").param("plan", planId).update();
    jdbc.sql(INSERT_WORK + " AND a.plan_id = :plan").param("plan", planId).update();
  }

  @Override
  public void refreshTaskWork(UUID taskId) {
    jdbc.sql("DELETE FROM plan_work_item WHERE task_id = :task").param("task", taskId).update();
    jdbc.sql(INSERT_WORK + " AND a.task_id = :task").param("task", taskId).update();
  }

  @Override
  public void refreshAssignmentWork(UUID taskId, String unitCode) {
    jdbc.sql("DELETE FROM plan_work_item WHERE task_id = :task AND unit_code = :unit")
        .param("task", taskId)
        .param("unit", unitCode)
        .update();
    jdbc.sql(INSERT_WORK + " AND a.task_id = :task AND a.unit_code = :unit")
        .param("task", taskId)
        .param("unit", unitCode)
        .update();
  }

  @Override
  public void rebuildAllWork() {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", REBUILD_LOCK).query().rowSet();
    jdbc.sql("DELETE FROM plan_work_item").update();
    jdbc.sql(INSERT_WORK).update();
  }

  @Override
  public boolean followUnit(String unitCode, String parentCode) {
    List<String> before = ancestorsOf(unitCode);
    List<String> after = new ArrayList<>();
    if (parentCode != null) {
      after.add(parentCode);
      after.addAll(ancestorsOf(parentCode));
    }
    if (new LinkedHashSet<>(before).equals(new LinkedHashSet<>(after))) {
      return false;
    }
    // The unit and everything below it trade the unit's old ancestors for the new ones.
    List<String> members = new ArrayList<>();
    members.add(unitCode);
    members.addAll(
        jdbc.sql("SELECT unit_code FROM plan_unit_ancestor WHERE ancestor_code = :unit")
            .param("unit", unitCode)
            .query(String.class)
            .list());
    if (!before.isEmpty()) {
      jdbc.sql(
              "DELETE FROM plan_unit_ancestor WHERE unit_code IN (:members)"
                  + " AND ancestor_code IN (:old)")
          .param("members", members)
          .param("old", before)
          .update();
    }
    List<String> kept = after.stream().filter(code -> !members.contains(code)).toList();
    if (!kept.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO plan_unit_ancestor (unit_code, ancestor_code)
              SELECT m, n FROM unnest(CAST(:members AS TEXT[])) m, unnest(CAST(:new AS TEXT[])) n
              ON CONFLICT DO NOTHING
              """)
          .param("members", members.toArray(String[]::new))
          .param("new", kept.toArray(String[]::new))
          .update();
    }
    rebuildWorkOf(members);
    return true;
  }

  @Override
  public int followTree(Map<String, List<String>> ancestorsByUnit) {
    Map<String, Set<String>> stored = new HashMap<>();
    jdbc.sql("SELECT unit_code, ancestor_code FROM plan_unit_ancestor")
        .query(
            (rs, i) ->
                stored
                    .computeIfAbsent(rs.getString("unit_code"), k -> new LinkedHashSet<>())
                    .add(rs.getString("ancestor_code")))
        .list();
    Set<String> changed = new LinkedHashSet<>();
    ancestorsByUnit.forEach(
        (unit, ancestors) -> {
          if (!Objects.equals(
              stored.getOrDefault(unit, Set.of()), new LinkedHashSet<>(ancestors))) {
            changed.add(unit);
          }
        });
    stored.keySet().stream()
        .filter(unit -> !ancestorsByUnit.containsKey(unit))
        .forEach(changed::add);
    if (changed.isEmpty()) {
      return 0;
    }
    List<String> units = List.copyOf(changed);
    jdbc.sql("DELETE FROM plan_unit_ancestor WHERE unit_code IN (:units)")
        .param("units", units)
        .update();
    List<String> unitColumn = new ArrayList<>();
    List<String> ancestorColumn = new ArrayList<>();
    for (String unit : units) {
      for (String ancestor : ancestorsByUnit.getOrDefault(unit, List.of())) {
        if (!ancestor.equals(unit)) {
          unitColumn.add(unit);
          ancestorColumn.add(ancestor);
        }
      }
    }
    if (!unitColumn.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO plan_unit_ancestor (unit_code, ancestor_code)
              SELECT * FROM unnest(CAST(:units AS TEXT[]), CAST(:ancestors AS TEXT[]))
              ON CONFLICT DO NOTHING
              """)
          .param("units", unitColumn.toArray(String[]::new))
          .param("ancestors", ancestorColumn.toArray(String[]::new))
          .update();
    }
    rebuildWorkOf(units);
    return units.size();
  }

  private List<String> ancestorsOf(String unitCode) {
    return jdbc.sql("SELECT ancestor_code FROM plan_unit_ancestor WHERE unit_code = :unit")
        .param("unit", unitCode)
        .query(String.class)
        .list();
  }

  private void rebuildWorkOf(List<String> units) {
    jdbc.sql("DELETE FROM plan_work_item WHERE unit_code IN (:units)")
        .param("units", units)
        .update();
    jdbc.sql(INSERT_WORK + " AND a.unit_code IN (:units)").param("units", units).update();
  }
}
