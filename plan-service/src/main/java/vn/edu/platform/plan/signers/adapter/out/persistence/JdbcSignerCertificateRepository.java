package vn.edu.platform.plan.signers.adapter.out.persistence;

import static vn.edu.platform.plan.signers.adapter.out.persistence.SignerRows.timestamp;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.signers.application.port.out.SignerCertificateRepository;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.Revocation;

/**
 * Certificates in {@code signer_certificate} (V5): unique by fingerprint and by issuer and serial
 * (both indexes), so a concurrent second registration inserts nothing; a trigger keeps the facts
 * and a revocation unchangeable.
 */
@Repository
class JdbcSignerCertificateRepository implements SignerCertificateRepository {

  private final JdbcClient jdbc;

  JdbcSignerCertificateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<SignerCertificate> find(UUID certificateId) {
    return jdbc.sql("SELECT * FROM signer_certificate WHERE id = :id")
        .param("id", certificateId)
        .query(SignerRows::certificate)
        .optional();
  }

  @Override
  public Optional<SignerCertificate> lock(UUID certificateId) {
    return jdbc.sql("SELECT * FROM signer_certificate WHERE id = :id FOR UPDATE")
        .param("id", certificateId)
        .query(SignerRows::certificate)
        .optional();
  }

  @Override
  public Optional<UUID> findSame(String fingerprint, String issuerDn, String serialNumber) {
    return jdbc.sql(
            "SELECT id FROM signer_certificate WHERE fingerprint = :fingerprint"
                + " OR (issuer_dn = :issuer AND serial_number = :serial) LIMIT 1")
        .param("fingerprint", fingerprint)
        .param("issuer", issuerDn)
        .param("serial", serialNumber)
        .query(UUID.class)
        .optional();
  }

  @Override
  public Optional<SignerCertificate> findByFingerprint(String fingerprint) {
    return jdbc.sql("SELECT * FROM signer_certificate WHERE fingerprint = :fingerprint")
        .param("fingerprint", fingerprint)
        .query(SignerRows::certificate)
        .optional();
  }

  @Override
  public boolean insert(SignerCertificate certificate) {
    RegisteredCertificate facts = certificate.facts();
    return jdbc.sql(
                """
                INSERT INTO signer_certificate (id, holder_login, holder_name, unit_code, role,
                    serial_number, issuer_dn, fingerprint, not_before, not_after, status,
                    request_id, registered_at, revision)
                VALUES (:id, :login, :name, :unit, :role, :serial, :issuer, :fingerprint,
                        :notBefore, :notAfter, :status, :request, :registeredAt, :revision)
                ON CONFLICT DO NOTHING
                """)
            .param("id", certificate.id())
            .param("login", facts.holderLogin())
            .param("name", facts.holderName())
            .param("unit", facts.unitCode())
            .param("role", facts.role().name())
            .param("serial", facts.serialNumber())
            .param("issuer", facts.issuerDn())
            .param("fingerprint", facts.fingerprint())
            .param("notBefore", timestamp(facts.notBefore()))
            .param("notAfter", timestamp(facts.notAfter()))
            .param("status", facts.status().name())
            .param("request", certificate.requestId())
            .param("registeredAt", timestamp(certificate.registeredAt()))
            .param("revision", certificate.revision())
            .update()
        == 1;
  }

  @Override
  public void update(SignerCertificate certificate) {
    Revocation revocation = certificate.facts().revocation();
    jdbc.sql(
            """
            UPDATE signer_certificate
               SET status = :status, revocation_effective_at = :effectiveAt,
                   revocation_decision_number = :number, revocation_decision_date = :date,
                   revocation_reason = :reason, revoked_at = :revokedAt, revision = :revision
             WHERE id = :id
            """)
        .param("id", certificate.id())
        .param("status", certificate.facts().status().name())
        .param("effectiveAt", revocation == null ? null : timestamp(revocation.effectiveAt()))
        .param("number", revocation == null ? null : revocation.decisionNumber())
        .param("date", revocation == null ? null : revocation.decisionDate())
        .param("reason", revocation == null ? null : revocation.reason())
        .param("revokedAt", timestamp(certificate.revokedAt()))
        .param("revision", certificate.revision())
        .update();
  }
}
