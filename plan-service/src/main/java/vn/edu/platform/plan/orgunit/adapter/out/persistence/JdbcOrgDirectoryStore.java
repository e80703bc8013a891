package vn.edu.platform.plan.orgunit.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.orgunit.application.port.out.OrgDirectoryStore;
import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.ParentLink;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.plan.orgunit.domain.UnitChange;

/** The directory in {@code org_unit} and {@code org_unit_parent}. */
@Repository
class JdbcOrgDirectoryStore implements OrgDirectoryStore {

  private final JdbcClient jdbc;

  JdbcOrgDirectoryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OrgDirectory loadForChange() {
    // Row lock on the version row: changes to the directory queue up behind each other.
    jdbc.sql("SELECT version FROM org_directory_version WHERE id = 1 FOR UPDATE")
        .query(Long.class)
        .single();
    return load();
  }

  @Override
  public OrgDirectory load() {
    List<OrgUnit> units =
        jdbc.sql(
                """
                SELECT code, name, kind, school_level, ownership, administrative_code, valid_from,
                       valid_to, successor_codes, revision
                  FROM org_unit
                """)
            .query(JdbcOrgDirectoryStore::unit)
            .list();
    List<ParentLink> links =
        jdbc.sql("SELECT unit_code, parent_code, valid_from, valid_to FROM org_unit_parent")
            .query(
                (rs, i) ->
                    new ParentLink(
                        rs.getString("unit_code"),
                        rs.getString("parent_code"),
                        rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class)))
            .list();
    return OrgDirectory.of(units, links);
  }

  @Override
  public void save(DirectoryChange change) {
    for (UnitChange unitChange : change.units()) {
      OrgUnit unit = unitChange.unit();
      jdbc.sql(
              """
              INSERT INTO org_unit (code, name, kind, school_level, ownership, administrative_code,
                                    valid_from, valid_to, successor_codes, revision, updated_at)
              VALUES (:code, :name, :kind, :level, :ownership, :adminCode, :from, :to,
                      coalesce(string_to_array(:successors, ','), '{}'), :revision, now())
              ON CONFLICT (code) DO UPDATE SET
                name = EXCLUDED.name, school_level = EXCLUDED.school_level,
                ownership = EXCLUDED.ownership, administrative_code = EXCLUDED.administrative_code,
                valid_to = EXCLUDED.valid_to, successor_codes = EXCLUDED.successor_codes,
                revision = EXCLUDED.revision, updated_at = now()
              """)
          .param("code", unit.code())
          .param("name", unit.name())
          .param("kind", unit.kind().name())
          .param("level", unit.schoolLevel() == null ? null : unit.schoolLevel().name())
          .param("ownership", unit.ownership() == null ? null : unit.ownership().name())
          .param("adminCode", unit.administrativeCode())
          .param("from", unit.validFrom())
          .param("to", unit.validTo())
          .param(
              "successors",
              unit.successorCodes().isEmpty() ? null : String.join(",", unit.successorCodes()))
          .param("revision", unit.revision())
          .update();
    }
    for (ParentLink link : change.links()) {
      jdbc.sql(
              """
              INSERT INTO org_unit_parent (unit_code, parent_code, valid_from, valid_to)
              VALUES (:unit, :parent, :from, :to)
              ON CONFLICT (unit_code, valid_from) DO UPDATE SET
                parent_code = EXCLUDED.parent_code, valid_to = EXCLUDED.valid_to
              """)
          .param("unit", link.unitCode())
          .param("parent", link.parentCode())
          .param("from", link.validFrom())
          .param("to", link.validTo())
          .update();
    }
    jdbc.sql("UPDATE org_directory_version SET version = version + 1 WHERE id = 1").update();
  }

  @Override
  public long version() {
    return jdbc.sql("SELECT version FROM org_directory_version WHERE id = 1")
        .query(Long.class)
        .single();
  }

  private static OrgUnit unit(ResultSet rs, int row) throws SQLException {
    String level = rs.getString("school_level");
    String ownership = rs.getString("ownership");
    Array successors = rs.getArray("successor_codes");
    return new OrgUnit(
        rs.getString("code"),
        rs.getString("name"),
        OrgUnitKind.valueOf(rs.getString("kind")),
        level == null ? null : SchoolLevel.valueOf(level),
        ownership == null ? null : Ownership.valueOf(ownership),
        rs.getString("administrative_code"),
        rs.getObject("valid_from", java.time.LocalDate.class),
        rs.getObject("valid_to", java.time.LocalDate.class),
        successors == null ? List.of() : Arrays.asList((String[]) successors.getArray()),
        rs.getLong("revision"));
  }
}
