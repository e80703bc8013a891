package vn.edu.platform.plan.signers.adapter.out.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.Slice;
import vn.edu.platform.plan.signers.application.port.out.SignerRegisterReadModel;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;

/**
 * The register's lists, newest first, each a range of its table's {@code (unit, time)} index when
 * restricted to a unit; a province of a few thousand signers needs nothing more.
 */
@Repository
class JdbcSignerRegisterReadModel implements SignerRegisterReadModel {

  private final JdbcClient jdbc;

  JdbcSignerRegisterReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Slice<SignerCertificate> certificates(
      SignerFilters.CertificateFilter filter, Set<String> unitCodes, int offset, int limit) {
    Where where = new Where("unit_code", unitCodes);
    where.equal("unit_code", "unit", filter.unitCode());
    where.equal("role", "role", filter.role() == null ? null : filter.role().name());
    where.equal("status", "status", filter.status() == null ? null : filter.status().name());
    where.equal("holder_login", "login", filter.holderLogin());
    return where.page(
        "signer_certificate", "registered_at DESC, id", SignerRows::certificate, offset, limit);
  }

  @Override
  public Slice<CertificateRequest> requests(
      SignerFilters.RequestFilter filter, Set<String> unitCodes, int offset, int limit) {
    Where where = new Where("unit_code", unitCodes);
    where.equal("unit_code", "unit", filter.unitCode());
    where.equal("status", "status", filter.status() == null ? null : filter.status().name());
    return where.page(
        "signer_certificate_request", "requested_at DESC, id", SignerRows::request, offset, limit);
  }

  @Override
  public Slice<Delegation> delegations(
      SignerFilters.DelegationFilter filter, Set<String> unitCodes, int offset, int limit) {
    Where where = new Where("delegator_unit_code", unitCodes);
    where.equal("delegator_unit_code", "unit", filter.unitCode());
    where.equal("delegate_login", "login", filter.delegateLogin());
    if (filter.activeOn() != null) {
      where.clause(
          "valid_from <= :day AND coalesce(ending_last_day, valid_to) >= :day",
          "day",
          filter.activeOn());
    }
    return where.page(
        "signing_delegation", "granted_at DESC, id", SignerRows::delegation, offset, limit);
  }

  /** A list's conditions and their parameters. */
  private final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> params = new HashMap<>();
    private final boolean empty;

    Where(String unitColumn, Set<String> unitCodes) {
      empty = unitCodes != null && unitCodes.isEmpty();
      if (unitCodes != null && !unitCodes.isEmpty()) {
        clause(unitColumn + " IN (:scope)", "scope", unitCodes);
      }
    }

    void equal(String column, String name, Object value) {
      if (value != null) {
        clause(column + " = :" + name, name, value);
      }
    }

    void clause(String condition, String name, Object value) {
      sql.append(" AND ").append(condition);
      params.put(name, value);
    }

    <T> Slice<T> page(String table, String order, RowMapper<T> rows, int offset, int limit) {
      if (empty) {
        return new Slice<>(List.of(), 0);
      }
      long total =
          jdbc.sql("SELECT count(*) FROM " + table + sql).params(params).query(Long.class).single();
      Map<String, Object> paged = new HashMap<>(params);
      paged.put("limit", limit);
      paged.put("offset", offset);
      List<T> items =
          jdbc.sql(
                  "SELECT * FROM "
                      + table
                      + sql
                      + " ORDER BY "
                      + order
                      + " LIMIT :limit OFFSET :offset")
              .params(paged)
              .query(rows)
              .list();
      return new Slice<>(items, total);
    }
  }
}
