package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.plan.planning.application.port.out.PlanReadModel;
import vn.edu.platform.plan.planning.domain.Assignment;
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
 * Rows of the plan tables (V2) as domain values, and values as statement parameters, shared by the
 * repositories and the read model. Value lists of a plan (legal bases, phases, attachments) and a
 * task's responsibilities are JSONB: they are read and written whole, never queried.
 */
@Component
class PlanRows {

  /** An assignment's status as of {@code :today}: open work past its due date is overdue. */
  static final String EFFECTIVE_STATUS =
      "CASE WHEN a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND a.due_date < :today"
          + " THEN 'OVERDUE' ELSE a.status END";

  private static final TypeReference<List<LegalBasis>> LEGAL_BASES = new TypeReference<>() {};
  private static final TypeReference<List<Phase>> PHASES = new TypeReference<>() {};
  private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {};
  private static final TypeReference<Map<ResponsibilityLevel, String>> RESPONSIBILITIES =
      new TypeReference<>() {};

  private final JsonMapper json;

  PlanRows(JsonMapper json) {
    this.json = json;
  }

  String json(Object value) {
    return json.writeValueAsString(value);
  }

  Map<String, Object> taskParams(Task t) {
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
    p.put("responsibilities", json(t.responsibilities()));
    p.put("weight", t.weight());
    p.put("status", t.status().name());
    p.put("revision", t.revision());
    return p;
  }

  Plan planRow(ResultSet rs, int row) throws SQLException {
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

  static Target targetRow(ResultSet rs, int row) throws SQLException {
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

  Task taskRow(ResultSet rs, int row) throws SQLException {
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

  static Assignment assignmentRow(ResultSet rs, int row) throws SQLException {
    return new Assignment(
        rs.getObject("task_id", UUID.class),
        rs.getString("unit_code"),
        ProgressStatus.valueOf(rs.getString("status")),
        rs.getBigDecimal("percent_complete"),
        rs.getObject("due_date", LocalDate.class),
        rs.getObject("updated_on", LocalDate.class),
        rs.getLong("revision"));
  }

  static Deadline deadlineOf(ResultSet rs) throws SQLException {
    return Deadline.of(
        DeadlineKind.valueOf(rs.getString("deadline_kind")),
        rs.getString("deadline_value"),
        rs.getString("deadline_recurrence"));
  }

  static List<String> codes(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return List.of((String[]) array.getArray());
  }

  static String joined(List<String> codes) {
    return codes.isEmpty() ? null : String.join(",", codes);
  }

  static String searchText(Plan plan) {
    return Texts.fold(plan.number() + " " + plan.title());
  }

  static PlanReadModel.WorkItem workItem(ResultSet rs) throws SQLException {
    return new PlanReadModel.WorkItem(
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
}
