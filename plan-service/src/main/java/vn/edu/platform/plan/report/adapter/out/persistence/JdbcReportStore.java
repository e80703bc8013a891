package vn.edu.platform.plan.report.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.report.application.port.in.ReportFilter;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.application.port.out.ReportStore;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.DueRule;
import vn.edu.platform.plan.report.domain.PeriodType;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportContent;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.plan.report.domain.ReportStatus;
import vn.edu.platform.plan.report.domain.ReportStep;
import vn.edu.platform.plan.report.domain.ReportingPeriod;

/**
 * Forms in {@code progress_report_form}, reports in {@code progress_report} with their history in
 * {@code progress_report_step} (V3). A unit's current report of a period is found through the
 * partial unique index on (form, period, unit) of the reports that are not rejected.
 */
@Repository
class JdbcReportStore implements ReportStore {

  private static final String CURRENT = "r.status <> 'REJECTED'";

  private final JdbcClient jdbc;

  JdbcReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- forms ----------------------------------------------------------------------------------

  @Override
  public Optional<ReportForm> findForm(UUID formId) {
    return jdbc.sql("SELECT * FROM progress_report_form WHERE id = :id")
        .param("id", formId)
        .query(JdbcReportStore::formRow)
        .optional();
  }

  @Override
  public Optional<UUID> findForm(UUID subjectId, PeriodType type) {
    return jdbc.sql(
            "SELECT id FROM progress_report_form WHERE coalesce(task_id, target_id) = :subject"
                + " AND period_type = :type")
        .param("subject", subjectId)
        .param("type", type.name())
        .query(UUID.class)
        .optional();
  }

  @Override
  public boolean insertForm(ReportForm form) {
    DueRule rule = form.dueRule();
    return jdbc.sql(
                """
                INSERT INTO progress_report_form (id, plan_id, task_id, target_id, title,
                    period_type, due_kind, due_month, due_day, due_months_after_period,
                    first_period, last_period, values_required, unit_codes, revision)
                VALUES (:id, :plan, :task, :target, :title, :type, :dueKind, :dueMonth, :dueDay,
                        :dueAfter, :first, :last, :valuesRequired,
                        coalesce(string_to_array(:units, ','), '{}'), :revision)
                ON CONFLICT DO NOTHING
                """)
            .param("id", form.id())
            .param("plan", form.planId())
            .param("task", form.taskId())
            .param("target", form.targetId())
            .param("title", form.title())
            .param("type", form.periodType().name())
            .param("dueKind", rule.kind().name())
            .param("dueMonth", rule.month())
            .param("dueDay", rule.day())
            .param("dueAfter", rule.monthsAfterPeriod())
            .param("first", form.firstPeriod().code())
            .param("last", form.lastPeriod().code())
            .param("valuesRequired", form.valuesRequired())
            .param("units", form.unitCodes().isEmpty() ? null : String.join(",", form.unitCodes()))
            .param("revision", form.revision())
            .update()
        == 1;
  }

  @Override
  public List<ReportForm> forms(Collection<UUID> planIds) {
    if (planIds == null) {
      return jdbc.sql("SELECT * FROM progress_report_form ORDER BY created_at DESC, id")
          .query(JdbcReportStore::formRow)
          .list();
    }
    if (planIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM progress_report_form WHERE plan_id IN (:plans)"
                + " ORDER BY created_at DESC, id")
        .param("plans", planIds)
        .query(JdbcReportStore::formRow)
        .list();
  }

  // --- reports --------------------------------------------------------------------------------

  @Override
  public Optional<ProgressReport> find(UUID reportId) {
    return withHistory(
            jdbc.sql("SELECT * FROM progress_report r WHERE id = :id")
                .param("id", reportId)
                .query(JdbcReportStore::reportRow)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ProgressReport> lock(UUID reportId) {
    return withHistory(
            jdbc.sql("SELECT * FROM progress_report r WHERE id = :id FOR UPDATE")
                .param("id", reportId)
                .query(JdbcReportStore::reportRow)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ProgressReport> lockCurrent(UUID formId, String unitCode, String periodCode) {
    return withHistory(
            jdbc.sql(
                    "SELECT * FROM progress_report r WHERE form_id = :form AND period_code = :period"
                        + " AND unit_code = :unit AND "
                        + CURRENT
                        + " FOR UPDATE")
                .param("form", formId)
                .param("period", periodCode)
                .param("unit", unitCode)
                .query(JdbcReportStore::reportRow)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public boolean insert(ProgressReport report) {
    boolean inserted =
        jdbc.sql(
                    """
                    INSERT INTO progress_report (id, form_id, unit_code, period_type, period_code,
                        period_start, period_end, due_on, status, value, percent_complete,
                        narrative, submitted_at, on_time, replaces_report_id, revision)
                    VALUES (:id, :form, :unit, :type, :period, :start, :end, :due, :status,
                            :value, :percent, :narrative, :submittedAt, :onTime, :replaces,
                            :revision)
                    ON CONFLICT (form_id, period_code, unit_code) WHERE status <> 'REJECTED'
                    DO NOTHING
                    """)
                .param("id", report.id())
                .param("form", report.formId())
                .param("unit", report.unitCode())
                .param("type", report.period().type().name())
                .param("period", report.period().code())
                .param("start", report.period().start())
                .param("end", report.period().end())
                .param("due", report.dueOn())
                .param("status", report.status().name())
                .param("value", report.content().value())
                .param("percent", report.content().percentComplete())
                .param("narrative", report.content().narrative())
                .param(
                    "submittedAt",
                    report.submittedAt() == null ? null : Timestamp.from(report.submittedAt()))
                .param("onTime", report.onTime())
                .param("replaces", report.replacesReportId())
                .param("revision", report.revision())
                .update()
            == 1;
    if (inserted) {
      appendSteps(report);
    }
    return inserted;
  }

  @Override
  public void update(ProgressReport report) {
    jdbc.sql(
            """
            UPDATE progress_report SET status = :status, value = :value,
                   percent_complete = :percent, narrative = :narrative,
                   submitted_at = :submittedAt, on_time = :onTime, revision = :revision,
                   updated_at = now()
             WHERE id = :id
            """)
        .param("id", report.id())
        .param("status", report.status().name())
        .param("value", report.content().value())
        .param("percent", report.content().percentComplete())
        .param("narrative", report.content().narrative())
        .param(
            "submittedAt",
            report.submittedAt() == null ? null : Timestamp.from(report.submittedAt()))
        .param("onTime", report.onTime())
        .param("revision", report.revision())
        .update();
    appendSteps(report);
  }

  @Override
  public List<ProgressReport> current(UUID formId, String periodCode) {
    return withHistory(
        jdbc.sql(
                "SELECT * FROM progress_report r WHERE form_id = :form AND period_code = :period"
                    + " AND "
                    + CURRENT)
            .param("form", formId)
            .param("period", periodCode)
            .query(JdbcReportStore::reportRow)
            .list());
  }

  @Override
  public List<ProgressReport> current(Collection<UUID> formIds, Set<String> unitCodes) {
    if (formIds.isEmpty() || unitCodes.isEmpty()) {
      return List.of();
    }
    return withHistory(
        jdbc.sql(
                "SELECT * FROM progress_report r WHERE unit_code IN (:units)"
                    + " AND form_id IN (:forms) AND "
                    + CURRENT
                    + " ORDER BY period_start")
            .param("units", unitCodes)
            .param("forms", formIds)
            .query(JdbcReportStore::reportRow)
            .list());
  }

  @Override
  public boolean approvedAfter(UUID formId, String unitCode, LocalDate day) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM progress_report WHERE unit_code = :unit"
                + " AND form_id = :form AND period_start > :day AND status = 'APPROVED')")
        .param("unit", unitCode)
        .param("form", formId)
        .param("day", day)
        .query(Boolean.class)
        .single();
  }

  @Override
  public ReportViews.Slice<ProgressReport> list(ReportFilter filter, Set<String> unitCodes) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    if (unitCodes != null) {
      if (unitCodes.isEmpty()) {
        return new ReportViews.Slice<>(List.of(), 0);
      }
      where.append(" AND r.unit_code IN (:scope)");
      params.put("scope", unitCodes);
    }
    if (filter.formId() != null) {
      where.append(" AND r.form_id = :form");
      params.put("form", filter.formId());
    }
    if (filter.periodCode() != null) {
      where.append(" AND r.period_code = :period");
      params.put("period", filter.periodCode());
    }
    if (filter.unitCode() != null) {
      where.append(" AND r.unit_code = :unit");
      params.put("unit", filter.unitCode());
    }
    if (filter.status() != null) {
      where.append(" AND r.status = :status");
      params.put("status", filter.status().name());
    } else {
      where.append(" AND ").append(CURRENT);
    }
    long total =
        jdbc.sql("SELECT count(*) FROM progress_report r" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", filter.limit());
    params.put("offset", filter.offset());
    List<ProgressReport> items =
        withHistory(
            jdbc.sql(
                    "SELECT * FROM progress_report r"
                        + where
                        + " ORDER BY r.period_start DESC, r.unit_code, r.created_at DESC, r.id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcReportStore::reportRow)
                .list());
    return new ReportViews.Slice<>(items, total);
  }

  // --- rows -----------------------------------------------------------------------------------

  private void appendSteps(ProgressReport report) {
    List<ReportStep> steps = report.history();
    for (int seq = 0; seq < steps.size(); seq++) {
      ReportStep step = steps.get(seq);
      jdbc.sql(
              """
              INSERT INTO progress_report_step (report_id, seq, action, level, unit_code, at,
                                                reason, decision_number, decision_date)
              VALUES (:report, :seq, :action, :level, :unit, :at, :reason, :decision,
                      :decisionDate)
              ON CONFLICT (report_id, seq) DO NOTHING
              """)
          .param("report", report.id())
          .param("seq", seq)
          .param("action", step.action().name())
          .param("level", step.level() == null ? null : step.level().name())
          .param("unit", step.unitCode())
          .param("at", Timestamp.from(step.at()))
          .param("reason", step.reason())
          .param("decision", step.decisionNumber())
          .param("decisionDate", step.decisionDate())
          .update();
    }
  }

  /** Reads the histories of the reports in one query and puts them in place. */
  private List<ProgressReport> withHistory(List<ProgressReport> reports) {
    if (reports.isEmpty()) {
      return reports;
    }
    Map<UUID, List<ReportStep>> steps = new HashMap<>();
    jdbc.sql("SELECT * FROM progress_report_step WHERE report_id IN (:ids) ORDER BY report_id, seq")
        .param("ids", reports.stream().map(ProgressReport::id).toList())
        .query(
            (ResultSet rs) -> {
              steps
                  .computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new ArrayList<>())
                  .add(stepRow(rs));
            });
    return reports.stream()
        .map(
            r ->
                new ProgressReport(
                    r.id(),
                    r.formId(),
                    r.unitCode(),
                    r.period(),
                    r.dueOn(),
                    r.status(),
                    r.content(),
                    r.submittedAt(),
                    r.onTime(),
                    r.replacesReportId(),
                    steps.getOrDefault(r.id(), List.of()),
                    r.revision()))
        .toList();
  }

  private static ReportForm formRow(ResultSet rs, int row) throws SQLException {
    PeriodType type = PeriodType.valueOf(rs.getString("period_type"));
    DueRule rule =
        new DueRule(
            DueRule.Kind.valueOf(rs.getString("due_kind")),
            (Integer) rs.getObject("due_month"),
            rs.getInt("due_day"),
            (Integer) rs.getObject("due_months_after_period"));
    return new ReportForm(
        rs.getObject("id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        rs.getObject("task_id", UUID.class),
        rs.getObject("target_id", UUID.class),
        rs.getString("title"),
        type,
        rule,
        period(type, rs.getString("first_period")),
        period(type, rs.getString("last_period")),
        rs.getBoolean("values_required"),
        strings(rs.getArray("unit_codes")),
        rs.getLong("revision"));
  }

  private static ProgressReport reportRow(ResultSet rs, int row) throws SQLException {
    Timestamp submitted = rs.getTimestamp("submitted_at");
    return new ProgressReport(
        rs.getObject("id", UUID.class),
        rs.getObject("form_id", UUID.class),
        rs.getString("unit_code"),
        period(PeriodType.valueOf(rs.getString("period_type")), rs.getString("period_code")),
        rs.getObject("due_on", LocalDate.class),
        ReportStatus.valueOf(rs.getString("status")),
        new ReportContent(
            rs.getBigDecimal("value"),
            rs.getBigDecimal("percent_complete"),
            rs.getString("narrative")),
        submitted == null ? null : submitted.toInstant(),
        (Boolean) rs.getObject("on_time"),
        rs.getObject("replaces_report_id", UUID.class),
        List.of(),
        rs.getLong("revision"));
  }

  private static ReportStep stepRow(ResultSet rs) throws SQLException {
    String level = rs.getString("level");
    return new ReportStep(
        ReportStep.Action.valueOf(rs.getString("action")),
        level == null ? null : ApprovalLevel.valueOf(level),
        rs.getString("unit_code"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("reason"),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class));
  }

  private static ReportingPeriod period(PeriodType type, String code) {
    return ReportingPeriod.parse(type, code)
        .orElseThrow(() -> new IllegalStateException("stored period " + code + " of " + type));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
