package vn.edu.platform.starter.org;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service's local replica of the organisation tree ({@code platform.org_unit_replica}), one row
 * per unit with its current parent and validity.
 *
 * <p>The replica keeps the latest revision of each unit only: access decisions are taken on today's
 * tree. Reports that aggregate on the tree of a past date are reporting-service's job, which keeps
 * the full history.
 */
public class JdbcOrgTreeReplica implements OrgTree {

  private final JdbcClient jdbc;

  public JdbcOrgTreeReplica(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<OrgUnitRef> find(String unitCode, LocalDate date) {
    return jdbc.sql(
            """
            SELECT code, kind, parent_code FROM platform.org_unit_replica
             WHERE code = :code AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
            """)
        .param("code", unitCode)
        .param("date", date)
        .query(
            (rs, i) ->
                new OrgUnitRef(
                    rs.getString("code"), rs.getString("kind"), rs.getString("parent_code")))
        .optional();
  }

  @Override
  public boolean isWithin(String unitCode, String ancestorCode, LocalDate date) {
    if (unitCode.equals(ancestorCode)) {
      return find(unitCode, date).isPresent();
    }
    // Walk up from the unit; the depth is small (school → commune → department) and the cycle
    // guard keeps a corrupt replica from looping.
    return Boolean.TRUE.equals(
        jdbc.sql(
                """
                WITH RECURSIVE up(code, parent_code, depth) AS (
                  SELECT code, parent_code, 0 FROM platform.org_unit_replica
                   WHERE code = :code AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
                  UNION ALL
                  SELECT u.code, u.parent_code, up.depth + 1 FROM platform.org_unit_replica u
                    JOIN up ON u.code = up.parent_code
                   WHERE up.depth < 16 AND u.valid_from <= :date AND (u.valid_to IS NULL OR u.valid_to >= :date)
                )
                SELECT EXISTS (SELECT 1 FROM up WHERE code = :ancestor)
                """)
            .param("code", unitCode)
            .param("ancestor", ancestorCode)
            .param("date", date)
            .query(Boolean.class)
            .single());
  }

  /**
   * Applies one unit's state if it is newer than what the replica holds (events may arrive twice
   * or, across partitions of a rebuilt topic, out of order).
   */
  @Transactional
  public boolean upsert(
      String code,
      String kind,
      String parentCode,
      LocalDate validFrom,
      LocalDate validTo,
      long revision) {
    int changed =
        jdbc.sql(
                """
                INSERT INTO platform.org_unit_replica
                  (code, kind, parent_code, valid_from, valid_to, revision, updated_at)
                VALUES (:code, :kind, :parent, :from, :to, :revision, now())
                ON CONFLICT (code) DO UPDATE SET
                  kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
                  valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
                  revision = EXCLUDED.revision, updated_at = now()
                WHERE platform.org_unit_replica.revision < EXCLUDED.revision
                """)
            .param("code", code)
            .param("kind", kind)
            .param("parent", parentCode)
            .param("from", validFrom)
            .param("to", validTo)
            .param("revision", revision)
            .update();
    return changed > 0;
  }
}
