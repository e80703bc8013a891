package vn.edu.platform.plan.signers.adapter.out.persistence;

import static vn.edu.platform.plan.signers.adapter.out.persistence.SignerRows.timestamp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.signers.application.port.out.SigningDelegationRepository;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningDelegation;

/** Delegations in {@code signing_delegation} (V5). */
@Repository
class JdbcSigningDelegationRepository implements SigningDelegationRepository {

  private final JdbcClient jdbc;

  JdbcSigningDelegationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Delegation> find(UUID delegationId) {
    return jdbc.sql("SELECT * FROM signing_delegation WHERE id = :id")
        .param("id", delegationId)
        .query(SignerRows::delegation)
        .optional();
  }

  @Override
  public Optional<Delegation> lock(UUID delegationId) {
    return jdbc.sql("SELECT * FROM signing_delegation WHERE id = :id FOR UPDATE")
        .param("id", delegationId)
        .query(SignerRows::delegation)
        .optional();
  }

  @Override
  public List<Delegation> of(String unitCode, SignerRole role, String delegateLogin) {
    return jdbc.sql(
            "SELECT * FROM signing_delegation WHERE delegator_unit_code = :unit"
                + " AND delegator_role = :role AND delegate_login = :login ORDER BY valid_from")
        .param("unit", unitCode)
        .param("role", role.name())
        .param("login", delegateLogin)
        .query(SignerRows::delegation)
        .list();
  }

  @Override
  public Optional<UUID> lockOverlapping(
      String unitCode, SignerRole role, String delegateLogin, LocalDate from, LocalDate to) {
    // No row stands for "this role of this unit to this person" before its first delegation, so
    // the triple is locked by an advisory lock held until the transaction ends.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", "signing-delegation/" + unitCode + "/" + role.name() + "/" + delegateLogin)
        .query((rs, row) -> Boolean.TRUE)
        .list();
    return jdbc.sql(
            """
            SELECT id FROM signing_delegation
             WHERE delegator_unit_code = :unit AND delegator_role = :role
               AND delegate_login = :login
               AND valid_from <= :to AND coalesce(ending_last_day, valid_to) >= :from
               AND coalesce(ending_last_day, valid_to) >= valid_from
             ORDER BY valid_from LIMIT 1
            """)
        .param("unit", unitCode)
        .param("role", role.name())
        .param("login", delegateLogin)
        .param("from", from)
        .param("to", to)
        .query(UUID.class)
        .optional();
  }

  @Override
  public void insert(Delegation delegation) {
    SigningDelegation terms = delegation.terms();
    jdbc.sql(
            """
            INSERT INTO signing_delegation (id, delegator_unit_code, delegator_role,
                delegate_login, decision_number, decision_date, valid_from, valid_to,
                granted_at, revision)
            VALUES (:id, :unit, :role, :login, :number, :date, :from, :to, :grantedAt,
                    :revision)
            """)
        .param("id", terms.id())
        .param("unit", terms.delegatorUnitCode())
        .param("role", terms.delegatorRole().name())
        .param("login", terms.delegateLogin())
        .param("number", terms.decisionNumber())
        .param("date", terms.decisionDate())
        .param("from", terms.validFrom())
        .param("to", terms.validTo())
        .param("grantedAt", timestamp(delegation.grantedAt()))
        .param("revision", delegation.revision())
        .update();
  }

  @Override
  public void update(Delegation delegation) {
    SigningDelegation.Ending ending = delegation.terms().ending();
    jdbc.sql(
            """
            UPDATE signing_delegation
               SET ending_last_day = :lastDay, ending_decision_number = :number,
                   ending_decision_date = :date, ended_at = :endedAt, revision = :revision
             WHERE id = :id
            """)
        .param("id", delegation.id())
        .param("lastDay", ending == null ? null : ending.lastDay())
        .param("number", ending == null ? null : ending.decisionNumber())
        .param("date", ending == null ? null : ending.decisionDate())
        .param("endedAt", timestamp(delegation.endedAt()))
        .param("revision", delegation.revision())
        .update();
  }
}
