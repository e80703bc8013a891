package vn.edu.platform.starter.signers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.Revocation;
import vn.edu.platform.signing.register.SignerRegister;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningDelegation;

/**
 * A signing service's replica of plan-service's register of signers ({@code
 * platform.signer_certificate_replica}, {@code platform.signing_delegation_replica}), which
 * platform-signing's {@code SigningAuthorisation} decides on exactly as plan-service decides on the
 * register itself (ADR 0014).
 *
 * <p>Every event is applied idempotently: a registration is inserted once, a revocation or an
 * ending is written once (the first decision stands, as in the register), so a redelivered event
 * changes nothing and no inbox is needed. The events of one certificate or delegation share its
 * Kafka key, so a revocation never arrives before its registration.
 *
 * <p>The replica names holders by login only (the events carry no names): {@link
 * RegisteredCertificate#holderName()} is null here; a signature's certificate carries the name.
 */
public class JdbcSignerRegisterReplica implements SignerRegister {

  private final JdbcClient jdbc;

  public JdbcSignerRegisterReplica(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RegisteredCertificate> certificate(String fingerprint) {
    return jdbc.sql("SELECT * FROM platform.signer_certificate_replica WHERE fingerprint = :f")
        .param("f", fingerprint)
        .query((rs, i) -> certificateOf(rs))
        .optional();
  }

  @Override
  public List<SigningDelegation> delegations(
      String unitCode, SignerRole delegatorRole, String delegateLogin) {
    return jdbc.sql(
            """
            SELECT * FROM platform.signing_delegation_replica
             WHERE delegator_unit_code = :unit AND delegator_role = :role AND delegate_login = :login
             ORDER BY valid_from, delegation_id
            """)
        .param("unit", unitCode)
        .param("role", delegatorRole.name())
        .param("login", delegateLogin)
        .query((rs, i) -> delegationOf(rs))
        .list();
  }

  /** The certificates registered for a unit, revoked ones included, newest first. */
  public List<RegisteredCertificate> certificatesOf(String unitCode) {
    return jdbc.sql(
            """
            SELECT * FROM platform.signer_certificate_replica
             WHERE unit_code = :unit ORDER BY registered_at DESC, certificate_id
            """)
        .param("unit", unitCode)
        .query((rs, i) -> certificateOf(rs))
        .list();
  }

  /** Applies a registration; false when it was applied before. */
  public boolean apply(SignerCertificateRegistered event) {
    return jdbc.sql(
                """
                INSERT INTO platform.signer_certificate_replica
                  (certificate_id, fingerprint, holder_login, unit_code, role, serial_number,
                   issuer_dn, not_before, not_after, registered_at)
                VALUES (:id, :fingerprint, :login, :unit, :role, :serial, :issuer, :notBefore,
                        :notAfter, :registeredAt)
                ON CONFLICT (certificate_id) DO NOTHING
                """)
            .param("id", event.certificateId())
            .param("fingerprint", event.fingerprint())
            .param("login", event.holderLogin())
            .param("unit", event.unitCode())
            .param("role", event.role().name())
            .param("serial", event.serialNumber())
            .param("issuer", event.issuerDn())
            .param("notBefore", timestamp(event.notBefore()))
            .param("notAfter", timestamp(event.notAfter()))
            .param("registeredAt", timestamp(event.registeredAt()))
            .update()
        == 1;
  }

  /** Applies a revocation; false when the certificate is unknown or was revoked before. */
  public boolean apply(SignerCertificateRevoked event) {
    return jdbc.sql(
                """
                UPDATE platform.signer_certificate_replica
                   SET revoked_effective_at = :effectiveAt, revocation_decision = :decision,
                       revocation_decision_date = :decisionDate, updated_at = now()
                 WHERE certificate_id = :id AND revoked_effective_at IS NULL
                """)
            .param("id", event.certificateId())
            .param("effectiveAt", timestamp(event.effectiveAt()))
            .param("decision", event.decisionNumber())
            .param("decisionDate", event.decisionDate())
            .update()
        == 1;
  }

  /** Applies a delegation; false when it was applied before. */
  public boolean apply(SigningDelegationGranted event) {
    return jdbc.sql(
                """
                INSERT INTO platform.signing_delegation_replica
                  (delegation_id, delegator_unit_code, delegator_role, delegate_login,
                   decision_number, decision_date, valid_from, valid_to)
                VALUES (:id, :unit, :role, :login, :decision, :decisionDate, :from, :to)
                ON CONFLICT (delegation_id) DO NOTHING
                """)
            .param("id", event.delegationId())
            .param("unit", event.delegatorUnitCode())
            .param("role", event.delegatorRole().name())
            .param("login", event.delegateLogin())
            .param("decision", event.decisionNumber())
            .param("decisionDate", event.decisionDate())
            .param("from", event.validFrom())
            .param("to", event.validTo())
            .update()
        == 1;
  }

  /** Applies an early end; false when the delegation is unknown or was ended before. */
  public boolean apply(SigningDelegationEnded event) {
    return jdbc.sql(
                """
                UPDATE platform.signing_delegation_replica
                   SET ended_last_day = :lastDay, ending_decision = :decision,
                       ending_decision_date = :decisionDate, updated_at = now()
                 WHERE delegation_id = :id AND ended_last_day IS NULL
                """)
            .param("id", event.delegationId())
            .param("lastDay", event.lastDay())
            .param("decision", event.decisionNumber())
            .param("decisionDate", event.decisionDate())
            .update()
        == 1;
  }

  private static RegisteredCertificate certificateOf(ResultSet rs) throws SQLException {
    Instant revokedAt = instant(rs, "revoked_effective_at");
    Revocation revocation =
        revokedAt == null
            ? null
            : new Revocation(
                revokedAt,
                rs.getString("revocation_decision"),
                rs.getObject("revocation_decision_date", LocalDate.class),
                null);
    return new RegisteredCertificate(
        rs.getString("holder_login"),
        null,
        rs.getString("unit_code"),
        SignerRole.valueOf(rs.getString("role")),
        rs.getString("serial_number"),
        rs.getString("issuer_dn"),
        rs.getString("fingerprint"),
        instant(rs, "not_before"),
        instant(rs, "not_after"),
        revocation == null ? CertificateStatus.ACTIVE : CertificateStatus.REVOKED,
        revocation);
  }

  private static SigningDelegation delegationOf(ResultSet rs) throws SQLException {
    LocalDate endedLastDay = rs.getObject("ended_last_day", LocalDate.class);
    return new SigningDelegation(
        rs.getObject("delegation_id", java.util.UUID.class),
        rs.getString("delegator_unit_code"),
        SignerRole.valueOf(rs.getString("delegator_role")),
        rs.getString("delegate_login"),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        endedLastDay == null
            ? null
            : new SigningDelegation.Ending(
                endedLastDay,
                rs.getString("ending_decision"),
                rs.getObject("ending_decision_date", LocalDate.class)));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.from(instant);
  }
}
