package vn.edu.platform.plan.planning.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.planning.application.port.out.PlanRepository;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.Target;

/** Plans in {@code plan} with their targets in {@code plan_target} (V2). */
@Repository
class JdbcPlanRepository implements PlanRepository {

  private final JdbcClient jdbc;
  private final PlanRows rows;

  JdbcPlanRepository(JdbcClient jdbc, PlanRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

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
        .query(rows::planRow)
        .optional()
        .map(this::withTargets);
  }

  @Override
  public Optional<Plan> lock(UUID planId) {
    return jdbc.sql("SELECT * FROM plan WHERE id = :id FOR UPDATE")
        .param("id", planId)
        .query(rows::planRow)
        .optional()
        .map(this::withTargets);
  }

  @Override
  public boolean insert(Plan plan) {
    boolean inserted =
        jdbc.sql(
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
                .param("search", PlanRows.searchText(plan))
                .param("purpose", plan.purpose())
                .param("requirements", plan.requirements())
                .param("status", plan.status().name())
                .param("legalBases", rows.json(plan.legalBases()))
                .param("phases", rows.json(plan.phases()))
                .param("attachments", rows.json(plan.attachments()))
                .param("revision", plan.revision())
                .update()
            == 1;
    if (inserted) {
      insertTargets(plan.id(), plan.targets(), 0);
    }
    return inserted;
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
        .param("search", PlanRows.searchText(plan))
        .param("purpose", plan.purpose())
        .param("requirements", plan.requirements())
        .param("status", plan.status().name())
        .param("legalBases", rows.json(plan.legalBases()))
        .param("phases", rows.json(plan.phases()))
        .param("attachments", rows.json(plan.attachments()))
        .param("revision", plan.revision())
        .update();
  }

  @Override
  public void addTarget(UUID planId, Target target, int ordinal) {
    insertTargets(planId, List.of(target), ordinal);
  }

  private void insertTargets(UUID planId, List<Target> targets, int firstOrdinal) {
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
          .param("codes", PlanRows.joined(t.scope().unitCodes()))
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

  private Plan withTargets(Plan plan) {
    List<Target> targets =
        jdbc.sql("SELECT * FROM plan_target WHERE plan_id = :plan ORDER BY ordinal")
            .param("plan", plan.id())
            .query(PlanRows::targetRow)
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
}
