package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.planning.application.port.out.PlanReadModel;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.Texts;

/**
 * The read side of plans: lists from {@code plan} and {@code plan_involvement}, "my tasks" of one
 * unit from the assignment index by unit, of a unit and the units below it from {@code
 * plan_work_item} (V4).
 */
@Repository
class JdbcPlanReadModel implements PlanReadModel {

  private static final String SELECT_WORK =
      "SELECT a.task_id, a.plan_id, p.number AS plan_number, p.title AS plan_title,"
          + " t.number AS task_number, t.content, t.lead_unit_code, t.deadline_kind,"
          + " t.deadline_value, t.deadline_recurrence, a.due_date, a.unit_code, "
          + PlanRows.EFFECTIVE_STATUS
          + " AS eff_status, a.percent_complete, a.updated_on, a.revision";

  private static final String ORDER =
      " ORDER BY a.due_date NULLS LAST, p.number, t.ordinal, a.unit_code";

  private final JdbcClient jdbc;
  private final PlanRows rows;

  JdbcPlanReadModel(JdbcClient jdbc, PlanRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  @Override
  public boolean involves(UUID planId, Set<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return false;
    }
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM plan_involvement WHERE plan_id = :plan"
                + " AND unit_code IN (:units))")
        .param("plan", planId)
        .param("units", unitCodes)
        .query(Boolean.class)
        .single();
  }

  @Override
  public Page<Plan> plans(PlanCriteria filter) {
    if (!filter.provinceWide() && filter.readerUnits().isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    if (!filter.seesDrafts()) {
      where.append(" AND p.status <> 'DRAFT'");
    }
    if (!filter.provinceWide()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM plan_involvement i WHERE i.plan_id = p.id"
              + " AND i.unit_code IN (:viewerUnits))");
      params.put("viewerUnits", filter.readerUnits());
    }
    if (filter.status() != null) {
      where.append(" AND p.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.year() != null) {
      where.append(" AND p.issued_on >= :yearFrom AND p.issued_on < :yearTo");
      params.put("yearFrom", LocalDate.of(filter.year(), 1, 1));
      params.put("yearTo", LocalDate.of(filter.year() + 1, 1, 1));
    }
    if (filter.issuingUnitCode() != null) {
      where.append(" AND p.issuing_unit_code = :issuer");
      params.put("issuer", filter.issuingUnitCode());
    }
    if (filter.involving() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM plan_involvement j WHERE j.plan_id = p.id"
              + " AND j.unit_code = :unit)");
      params.put("unit", filter.involving());
    }
    if (filter.text() != null && !Texts.fold(filter.text()).isEmpty()) {
      where.append(" AND p.search_text LIKE :text");
      params.put("text", "%" + Texts.fold(filter.text()).replace("%", "").replace("_", "") + "%");
    }
    long total =
        jdbc.sql("SELECT count(*) FROM plan p" + where).params(params).query(Long.class).single();
    params.put("limit", filter.limit());
    params.put("offset", filter.offset());
    List<Plan> plans =
        jdbc.sql(
                "SELECT p.* FROM plan p"
                    + where
                    + " ORDER BY p.issued_on DESC, p.number LIMIT :limit OFFSET :offset")
            .params(params)
            .query(rows::planRow)
            .list();
    return new Page<>(plans, total);
  }

  @Override
  public Map<UUID, List<Task>> tasksOf(Collection<UUID> planIds) {
    Map<UUID, List<Task>> byPlan = new LinkedHashMap<>();
    if (planIds.isEmpty()) {
      return byPlan;
    }
    jdbc.sql("SELECT * FROM plan_task WHERE plan_id IN (:plans) ORDER BY plan_id, ordinal")
        .param("plans", planIds)
        .query(rows::taskRow)
        .list()
        .forEach(t -> byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
    return byPlan;
  }

  @Override
  public List<Assignment> assignmentsOf(UUID planId, Set<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM plan_task_assignment WHERE plan_id = :plan AND unit_code IN (:units)"
                + " ORDER BY task_id, unit_code")
        .param("plan", planId)
        .param("units", unitCodes)
        .query(PlanRows::assignmentRow)
        .list();
  }

  @Override
  public Page<WorkItem> work(WorkCriteria criteria) {
    if (criteria.unitCodes().isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    return criteria.withSubunits() ? workBelow(criteria) : workOf(criteria);
  }

  /**
   * The assignments of the units themselves: one range of the assignment index per unit (a unit has
   * a handful to a few hundred).
   */
  private Page<WorkItem> workOf(WorkCriteria criteria) {
    Map<String, Object> params = new HashMap<>();
    params.put("units", criteria.unitCodes());
    params.put("today", criteria.today());
    String where =
        " WHERE a.unit_code IN (:units) AND p.status IN ('ISSUED', 'IN_PROGRESS')"
            + " AND t.status <> 'CANCELLED' AND a.status <> 'CANCELLED'"
            + conditions("a", criteria, params);
    params.put("limit", criteria.limit());
    params.put("offset", criteria.offset());
    long[] total = {0};
    List<WorkItem> items =
        jdbc.sql(
                SELECT_WORK
                    + ", count(*) OVER () AS total"
                    + " FROM plan_task_assignment a"
                    + " JOIN plan p ON p.id = a.plan_id"
                    + " JOIN plan_task t ON t.id = a.task_id"
                    + where
                    + ORDER
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(
                (rs, i) -> {
                  total[0] = rs.getLong("total");
                  return PlanRows.workItem(rs);
                })
            .list();
    if (items.isEmpty() && criteria.offset() > 0) {
      params.remove("limit");
      params.remove("offset");
      total[0] =
          jdbc.sql(
                  "SELECT count(*) FROM plan_task_assignment a JOIN plan p ON p.id = a.plan_id"
                      + " JOIN plan_task t ON t.id = a.task_id"
                      + where)
              .params(params)
              .query(Long.class)
              .single();
    }
    return new Page<>(items, total[0]);
  }

  /**
   * The assignments of the units and of every unit below them, from their work items: the page is
   * read in index order ({@code plan_work_item_due_idx}) and only its rows are joined to the plan
   * and task, so the time depends on the page size, not on how many schools a commune has; the
   * count is one index-only range. The units are not nested (one unit in practice): a unit below
   * another would list its work twice.
   */
  private Page<WorkItem> workBelow(WorkCriteria criteria) {
    Map<String, Object> params = new HashMap<>();
    params.put("units", criteria.unitCodes());
    params.put("today", criteria.today());
    String where = " WHERE w.viewer_unit_code IN (:units)" + conditions("w", criteria, params);
    long total =
        jdbc.sql("SELECT count(*) FROM plan_work_item w" + where)
            .params(params)
            .query(Long.class)
            .single();
    if (total == 0 || criteria.offset() >= total) {
      return new Page<>(List.of(), total);
    }
    params.put("limit", criteria.limit());
    params.put("offset", criteria.offset());
    List<WorkItem> items =
        jdbc.sql(
                SELECT_WORK
                    + " FROM (SELECT w.task_id, w.unit_code FROM plan_work_item w"
                    + where
                    + " ORDER BY w.due_date, w.plan_number, w.task_ordinal, w.unit_code"
                    + " LIMIT :limit OFFSET :offset) page"
                    + " JOIN plan_task_assignment a"
                    + " ON a.task_id = page.task_id AND a.unit_code = page.unit_code"
                    + " JOIN plan p ON p.id = a.plan_id"
                    + " JOIN plan_task t ON t.id = a.task_id"
                    + ORDER)
            .params(params)
            .query((rs, i) -> PlanRows.workItem(rs))
            .list();
    return new Page<>(items, total);
  }

  /** The status and due-date filters on the assignment (or work item) {@code alias}. */
  private static String conditions(
      String alias, WorkCriteria criteria, Map<String, Object> params) {
    List<ProgressStatus> statuses =
        criteria.statuses().isEmpty()
            ? List.of(
                ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS, ProgressStatus.OVERDUE)
            : criteria.statuses();
    String a = alias + ".";
    List<String> conditions = new ArrayList<>();
    for (ProgressStatus status : statuses) {
      conditions.add(
          switch (status) {
            case OVERDUE ->
                a
                    + "status = 'OVERDUE' OR ("
                    + a
                    + "status IN ('NOT_STARTED', 'IN_PROGRESS') AND "
                    + a
                    + "due_date < :today)";
            case NOT_STARTED, IN_PROGRESS ->
                "("
                    + a
                    + "status = '"
                    + status.name()
                    + "' AND ("
                    + a
                    + "due_date IS NULL OR "
                    + a
                    + "due_date >= :today))";
            case COMPLETED -> a + "status = 'COMPLETED'";
            case CANCELLED -> "FALSE";
          });
    }
    StringBuilder where = new StringBuilder(" AND (").append(String.join(" OR ", conditions));
    where.append(')');
    if (criteria.dueFrom() != null) {
      where.append(" AND ").append(a).append("due_date >= :dueFrom");
      params.put("dueFrom", criteria.dueFrom());
    }
    if (criteria.dueTo() != null) {
      where.append(" AND ").append(a).append("due_date <= :dueTo");
      params.put("dueTo", criteria.dueTo());
    }
    if (criteria.planId() != null) {
      where.append(" AND ").append(a).append("plan_id = :plan");
      params.put("plan", criteria.planId());
    }
    return where.toString();
  }

  @Override
  public List<RecurringItem> recurringWork(Set<String> unitCodes, LocalDate today) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT a.task_id, a.plan_id, p.number AS plan_number, p.title AS plan_title,"
                + " p.issued_on, t.number AS task_number, t.content, t.lead_unit_code,"
                + " t.deadline_kind, t.deadline_value, t.deadline_recurrence, a.due_date,"
                + " a.unit_code, a.status AS eff_status, a.percent_complete, a.updated_on,"
                + " a.revision"
                + " FROM plan_task_assignment a"
                + " JOIN plan p ON p.id = a.plan_id"
                + " JOIN plan_task t ON t.id = a.task_id"
                + " WHERE a.unit_code IN (:units) AND p.status IN ('ISSUED', 'IN_PROGRESS')"
                + " AND t.status <> 'CANCELLED' AND t.deadline_kind = 'RECURRING'"
                + " AND t.deadline_recurrence IS NOT NULL"
                + " AND a.status IN ('NOT_STARTED', 'IN_PROGRESS')")
        .param("units", unitCodes)
        .query(
            (rs, i) ->
                new RecurringItem(
                    PlanRows.workItem(rs), rs.getObject("issued_on", LocalDate.class)))
        .list();
  }
}
