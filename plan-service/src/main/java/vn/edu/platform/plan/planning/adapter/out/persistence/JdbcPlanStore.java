package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.plan.planning.application.port.in.PlanFilters;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.planning.application.port.out.PlanStore;
import vn.edu.platform.plan.planning.domain.Assignment;
import vn.edu.platform.plan.planning.domain.AssignmentSummary;
import vn.edu.platform.plan.planning.domain.Attachment;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.DeadlineKind;
import vn.edu.platform.plan.planning.domain.EducationLevel;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Phase;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.ResponsibilityLevel;
import vn.edu.platform.plan.planning.domain.ScopeLevel;
import vn.edu.platform.plan.planning.domain.Target;
import vn.edu.platform.plan.planning.domain.TargetScope;
import vn.edu.platform.plan.planning.domain.TargetSource;
import vn.edu.platform.plan.planning.domain.Task;
import vn.edu.platform.plan.planning.domain.Texts;

/**
 * Plans in {@code plan}, {@code plan_target}, {@code plan_task}, {@code plan_task_assignment} and
 * {@code plan_involvement} (V2). Value lists of a plan (legal bases, phases, attachments) and a
 * task's responsibilities are JSONB: they are read and written whole, never queried.
 */
@Repository
class JdbcPlanStore implements PlanStore {

  /** An assignment's status as of {@code :today}: open work past its due date is overdue. */
  private static final String EFFECTIVE_STATUS =
      "CASE WHEN a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND a.due_date < :today"
          + " THEN 'OVERDUE' ELSE a.status END";

  private static final TypeReference<List<LegalBasis>> LEGAL_BASES = new TypeReference<>() {};
  private static final TypeReference<List<Phase>> PHASES = new TypeReference<>() {};
  private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {};
  private static final TypeReference<Map<ResponsibilityLevel, String>> RESPONSIBILITIES =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcPlanStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  // --- plans ----------------------------------------------------------------------------------

  @Override
  public Optional<UUID> findByNumber(String issuingUnitCode, String number) {
    return jdbc.sql("SELECT id FROM plan WHERE issuing_unit_code = :unit AND number = :number")
        .param("unit", issuingUnitCode)
        .param("number", number)
        .query(UUID.class)
        .optional();
  }

  @Override
  public List<UUID> findByNumber(String number) {
    return jdbc.sql("SELECT id FROM plan WHERE number = :number")
        .param("number", number)
        .query(UUID.class)
        .list();
  }

  @Override
  public Optional<Plan> find(UUID planId) {
    return jdbc.sql("SELECT * FROM plan WHERE id = :id")
        .param("id", planId)
        .query(this::planRow)
        .optional()
        .map(this::withTargets);
  }

  @Override
  public Optional<Plan> lock(UUID planId) {
    return jdbc.sql("SELECT * FROM plan WHERE id = :id FOR UPDATE")
        .param("id", planId)
        .query(this::planRow)
        .optional()
        .map(this::withTargets);
  }

  @Override
  public boolean insert(Plan plan) {
    return jdbc.sql(
                """
                INSERT INTO plan (id, number, issued_on, issuing_unit_code, issuing_authority, title,
                                  search_text, purpose, requirements, status, legal_bases, phases,
                                  attachments, revision)
                VALUES (:id, :number, :issuedOn, :unit, :authority, :title, :search, :purpose,
                        :requirements, :status, CAST(:legalBases AS JSONB), CAST(:phases AS JSONB),
                        CAST(:attachments AS JSONB), :revision)
                ON CONFLICT ON CONSTRAINT plan_number_key DO NOTHING
                """)
            .param("id", plan.id())
            .param("number", plan.number())
            .param("issuedOn", plan.issuedOn())
            .param("unit", plan.issuingUnitCode())
            .param("authority", plan.issuingAuthority().name())
            .param("title", plan.title())
            .param("search", searchText(plan))
            .param("purpose", plan.purpose())
            .param("requirements", plan.requirements())
            .param("status", plan.status().name())
            .param("legalBases", json.writeValueAsString(plan.legalBases()))
            .param("phases", json.writeValueAsString(plan.phases()))
            .param("attachments", json.writeValueAsString(plan.attachments()))
            .param("revision", plan.revision())
            .update()
        == 1;
  }

  @Override
  public void update(Plan plan) {
    jdbc.sql(
            """
            UPDATE plan SET number = :number, issued_on = :issuedOn, title = :title,
                   search_text = :search, purpose = :purpose, requirements = :requirements,
                   status = :status, legal_bases = CAST(:legalBases AS JSONB),
                   phases = CAST(:phases AS JSONB), attachments = CAST(:attachments AS JSONB),
                   revision = :revision, updated_at = now()
             WHERE id = :id
            """)
        .param("id", plan.id())
        .param("number", plan.number())
        .param("issuedOn", plan.issuedOn())
        .param("title", plan.title())
        .param("search", searchText(plan))
        .param("purpose", plan.purpose())
        .param("requirements", plan.requirements())
        .param("status", plan.status().name())
        .param("legalBases", json.writeValueAsString(plan.legalBases()))
        .param("phases", json.writeValueAsString(plan.phases()))
        .param("attachments", json.writeValueAsString(plan.attachments()))
        .param("revision", plan.revision())
        .update();
  }

  @Override
  public void insertTargets(UUID planId, List<Target> targets, int firstOrdinal) {
    int ordinal = firstOrdinal;
    for (Target t : targets) {
      jdbc.sql(
              """
              INSERT INTO plan_target (id, plan_id, ordinal, indicator, unit_of_measure,
                                       target_value, baseline, min_value, max_value, deadline_kind,
                                       deadline_value, scope_level, education_level,
                                       scope_unit_codes, source)
              VALUES (:id, :plan, :ordinal, :indicator, :unit, :value, :baseline, :min, :max,
                      :deadlineKind, :deadlineValue, :level, :educationLevel,
                      coalesce(string_to_array(:codes, ','), '{}'), :source)
              """)
          .param("id", t.id())
          .param("plan", planId)
          .param("ordinal", ordinal++)
          .param("indicator", t.indicator())
          .param("unit", t.unitOfMeasure())
          .param("value", t.targetValue())
          .param("baseline", t.baseline())
          .param("min", t.minValue())
          .param("max", t.maxValue())
          .param("deadlineKind", t.deadline() == null ? null : t.deadline().kind().name())
          .param("deadlineValue", t.deadline() == null ? null : t.deadline().value())
          .param("level", t.scope().level().name())
          .param(
              "educationLevel",
              t.scope().educationLevel() == null ? null : t.scope().educationLevel().name())
          .param("codes", joined(t.scope().unitCodes()))
          .param("source", t.source().name())
          .update();
    }
  }

  @Override
  public List<UUID> activePlanIds() {
    return jdbc.sql(
            "SELECT id FROM plan WHERE status IN ('ISSUED', 'IN_PROGRESS') ORDER BY issued_on, id")
        .query(UUID.class)
        .list();
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
  public PlanViews.Slice<Plan> list(Viewer viewer, PlanFilters.PlanFilter filter) {
    if (!viewer.provinceWide() && viewer.unitCodes().isEmpty()) {
      return new PlanViews.Slice<>(List.of(), 0);
    }
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    if (!viewer.seesDrafts()) {
      where.append(" AND p.status <> 'DRAFT'");
    }
    if (!viewer.provinceWide()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM plan_involvement i WHERE i.plan_id = p.id"
              + " AND i.unit_code IN (:viewerUnits))");
      params.put("viewerUnits", viewer.unitCodes());
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
    if (filter.unitCode() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM plan_involvement j WHERE j.plan_id = p.id"
              + " AND j.unit_code = :unit)");
      params.put("unit", filter.unitCode());
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
            .query(this::planRow)
            .list();
    return new PlanViews.Slice<>(plans, total);
  }

  // --- tasks ----------------------------------------------------------------------------------

  @Override
  public void insertTasks(List<Task> tasks) {
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
          .params(taskParams(t))
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
        .params(taskParams(t))
        .update();
  }

  private Map<String, Object> taskParams(Task t) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", t.id());
    p.put("plan", t.planId());
    p.put("parent", t.parentTaskId());
    p.put("number", t.number());
    p.put("ordinal", t.ordinal());
    p.put("content", t.content());
    p.put("lead", t.leadUnitCode());
    p.put("coordinating", joined(t.coordinatingUnitCodes()));
    p.put("kind", t.deadline().kind().name());
    p.put("value", t.deadline().value());
    p.put("recurrence", t.deadline().recurrence());
    p.put("due", t.dueDate());
    p.put("authority", t.approvingAuthority() == null ? null : t.approvingAuthority().name());
    p.put("responsibilities", json.writeValueAsString(t.responsibilities()));
    p.put("weight", t.weight());
    p.put("status", t.status().name());
    p.put("revision", t.revision());
    return p;
  }

  @Override
  public Optional<Task> findTask(UUID taskId) {
    return jdbc.sql("SELECT * FROM plan_task WHERE id = :id")
        .param("id", taskId)
        .query(this::taskRow)
        .optional();
  }

  @Override
  public List<Task> tasksOf(UUID planId) {
    return jdbc.sql("SELECT * FROM plan_task WHERE plan_id = :plan ORDER BY ordinal")
        .param("plan", planId)
        .query(this::taskRow)
        .list();
  }

  @Override
  public Map<UUID, List<Task>> tasksOf(Collection<UUID> planIds) {
    Map<UUID, List<Task>> byPlan = new LinkedHashMap<>();
    if (planIds.isEmpty()) {
      return byPlan;
    }
    jdbc.sql("SELECT * FROM plan_task WHERE plan_id IN (:plans) ORDER BY plan_id, ordinal")
        .param("plans", planIds)
        .query(this::taskRow)
        .list()
        .forEach(t -> byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
    return byPlan;
  }

  @Override
  public Set<UUID> tasksAssignedTo(UUID planId, Set<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(
        jdbc.sql(
                "SELECT DISTINCT task_id FROM plan_task_assignment WHERE plan_id = :plan"
                    + " AND unit_code IN (:units)")
            .param("plan", planId)
            .param("units", unitCodes)
            .query(UUID.class)
            .list());
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
                + EFFECTIVE_STATUS
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

  // --- assignments ----------------------------------------------------------------------------

  @Override
  public void insertAssignments(UUID planId, List<Assignment> assignments) {
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
          .param("units", joined(same.stream().map(Assignment::unitCode).toList()))
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
  public Optional<Assignment> lockAssignment(UUID taskId, String unitCode) {
    return jdbc.sql(
            "SELECT * FROM plan_task_assignment WHERE task_id = :task AND unit_code = :unit"
                + " FOR UPDATE")
        .param("task", taskId)
        .param("unit", unitCode)
        .query(JdbcPlanStore::assignmentRow)
        .optional();
  }

  @Override
  public List<Assignment> assignmentsOf(UUID taskId) {
    return jdbc.sql("SELECT * FROM plan_task_assignment WHERE task_id = :task ORDER BY unit_code")
        .param("task", taskId)
        .query(JdbcPlanStore::assignmentRow)
        .list();
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
        .query(JdbcPlanStore::assignmentRow)
        .list();
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

  // --- due work -------------------------------------------------------------------------------

  @Override
  public PlanViews.Slice<PlanViews.DueItem> dueItems(PlanFilters.DueFilter filter) {
    if (filter.unitCodes().isEmpty()) {
      return new PlanViews.Slice<>(List.of(), 0);
    }
    Map<String, Object> params = new HashMap<>();
    params.put("units", filter.unitCodes());
    params.put("today", filter.today());
    StringBuilder where =
        new StringBuilder(
            " WHERE a.unit_code IN (:units) AND p.status IN ('ISSUED', 'IN_PROGRESS')"
                + " AND t.status <> 'CANCELLED' AND a.status <> 'CANCELLED'");
    List<ProgressStatus> statuses =
        filter.statuses().isEmpty()
            ? List.of(
                ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS, ProgressStatus.OVERDUE)
            : filter.statuses();
    List<String> conditions = new ArrayList<>();
    for (ProgressStatus status : statuses) {
      conditions.add(
          switch (status) {
            case OVERDUE ->
                "a.status = 'OVERDUE' OR (a.status IN ('NOT_STARTED', 'IN_PROGRESS')"
                    + " AND a.due_date < :today)";
            case NOT_STARTED, IN_PROGRESS ->
                "(a.status = '"
                    + status.name()
                    + "' AND (a.due_date IS NULL OR a.due_date >= :today))";
            case COMPLETED -> "a.status = 'COMPLETED'";
            case CANCELLED -> "FALSE";
          });
    }
    where.append(" AND (").append(String.join(" OR ", conditions)).append(')');
    if (filter.dueFrom() != null) {
      where.append(" AND a.due_date >= :dueFrom");
      params.put("dueFrom", filter.dueFrom());
    }
    if (filter.dueTo() != null) {
      where.append(" AND a.due_date <= :dueTo");
      params.put("dueTo", filter.dueTo());
    }
    if (filter.planId() != null) {
      where.append(" AND a.plan_id = :plan");
      params.put("plan", filter.planId());
    }
    params.put("limit", filter.limit());
    params.put("offset", filter.offset());
    long[] total = {0};
    List<PlanViews.DueItem> items =
        jdbc.sql(
                "SELECT a.task_id, a.plan_id, p.number AS plan_number, p.title AS plan_title,"
                    + " t.number AS task_number, t.content, t.lead_unit_code, t.deadline_kind,"
                    + " t.deadline_value, t.deadline_recurrence, a.due_date, a.unit_code, "
                    + EFFECTIVE_STATUS
                    + " AS eff_status, a.percent_complete, a.updated_on, a.revision,"
                    + " count(*) OVER () AS total"
                    + " FROM plan_task_assignment a"
                    + " JOIN plan p ON p.id = a.plan_id"
                    + " JOIN plan_task t ON t.id = a.task_id"
                    + where
                    + " ORDER BY a.due_date NULLS LAST, p.number, t.ordinal, a.unit_code"
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(
                (rs, i) -> {
                  total[0] = rs.getLong("total");
                  return dueItem(rs);
                })
            .list();
    if (items.isEmpty() && filter.offset() > 0) {
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
    return new PlanViews.Slice<>(items, total[0]);
  }

  @Override
  public List<RecurringItem> recurringItems(Set<String> unitCodes, LocalDate today) {
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
            (rs, i) -> new RecurringItem(dueItem(rs), rs.getObject("issued_on", LocalDate.class)))
        .list();
  }

  // --- rows -----------------------------------------------------------------------------------

  private static PlanViews.DueItem dueItem(ResultSet rs) throws SQLException {
    return new PlanViews.DueItem(
        rs.getObject("task_id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        rs.getString("plan_number"),
        rs.getString("plan_title"),
        rs.getString("task_number"),
        rs.getString("content"),
        rs.getString("lead_unit_code"),
        deadlineOf(rs),
        rs.getObject("due_date", LocalDate.class),
        rs.getString("unit_code"),
        ProgressStatus.valueOf(rs.getString("eff_status")),
        rs.getBigDecimal("percent_complete"),
        rs.getObject("updated_on", LocalDate.class),
        rs.getLong("revision"));
  }

  private Plan planRow(ResultSet rs, int row) throws SQLException {
    return new Plan(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getObject("issued_on", LocalDate.class),
        rs.getString("issuing_unit_code"),
        Authority.valueOf(rs.getString("issuing_authority")),
        rs.getString("title"),
        json.readValue(rs.getString("legal_bases"), LEGAL_BASES),
        rs.getString("purpose"),
        rs.getString("requirements"),
        json.readValue(rs.getString("phases"), PHASES),
        json.readValue(rs.getString("attachments"), ATTACHMENTS),
        PlanStatus.valueOf(rs.getString("status")),
        List.of(),
        rs.getLong("revision"));
  }

  private Plan withTargets(Plan plan) {
    List<Target> targets =
        jdbc.sql("SELECT * FROM plan_target WHERE plan_id = :plan ORDER BY ordinal")
            .param("plan", plan.id())
            .query(JdbcPlanStore::targetRow)
            .list();
    return new Plan(
        plan.id(),
        plan.number(),
        plan.issuedOn(),
        plan.issuingUnitCode(),
        plan.issuingAuthority(),
        plan.title(),
        plan.legalBases(),
        plan.purpose(),
        plan.requirements(),
        plan.phases(),
        plan.attachments(),
        plan.status(),
        targets,
        plan.revision());
  }

  private static Target targetRow(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("deadline_kind");
    String level = rs.getString("education_level");
    return new Target(
        rs.getObject("id", UUID.class),
        rs.getString("indicator"),
        rs.getString("unit_of_measure"),
        rs.getBigDecimal("target_value"),
        rs.getBigDecimal("baseline"),
        rs.getBigDecimal("min_value"),
        rs.getBigDecimal("max_value"),
        kind == null
            ? null
            : Deadline.of(DeadlineKind.valueOf(kind), rs.getString("deadline_value"), null),
        new TargetScope(
            ScopeLevel.valueOf(rs.getString("scope_level")),
            level == null ? null : EducationLevel.valueOf(level),
            codes(rs.getArray("scope_unit_codes"))),
        TargetSource.valueOf(rs.getString("source")));
  }

  private Task taskRow(ResultSet rs, int row) throws SQLException {
    String authority = rs.getString("approving_authority");
    return new Task(
        rs.getObject("id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        rs.getObject("parent_task_id", UUID.class),
        rs.getString("number"),
        rs.getInt("ordinal"),
        rs.getString("content"),
        rs.getString("lead_unit_code"),
        codes(rs.getArray("coordinating_unit_codes")),
        deadlineOf(rs),
        authority == null ? null : Authority.valueOf(authority),
        json.readValue(rs.getString("responsibilities"), RESPONSIBILITIES),
        rs.getBigDecimal("weight"),
        ProgressStatus.valueOf(rs.getString("status")),
        rs.getLong("revision"));
  }

  private static Assignment assignmentRow(ResultSet rs, int row) throws SQLException {
    return new Assignment(
        rs.getObject("task_id", UUID.class),
        rs.getString("unit_code"),
        ProgressStatus.valueOf(rs.getString("status")),
        rs.getBigDecimal("percent_complete"),
        rs.getObject("due_date", LocalDate.class),
        rs.getObject("updated_on", LocalDate.class),
        rs.getLong("revision"));
  }

  private static Deadline deadlineOf(ResultSet rs) throws SQLException {
    return Deadline.of(
        DeadlineKind.valueOf(rs.getString("deadline_kind")),
        rs.getString("deadline_value"),
        rs.getString("deadline_recurrence"));
  }

  private static List<String> codes(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return List.of((String[]) array.getArray());
  }

  private static String joined(List<String> codes) {
    return codes.isEmpty() ? null : String.join(",", codes);
  }

  private static String searchText(Plan plan) {
    return Texts.fold(plan.number() + " " + plan.title());
  }
}
