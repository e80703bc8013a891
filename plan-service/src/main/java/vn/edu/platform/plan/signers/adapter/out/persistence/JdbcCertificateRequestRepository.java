package vn.edu.platform.plan.signers.adapter.out.persistence;

import static vn.edu.platform.plan.signers.adapter.out.persistence.SignerRows.timestamp;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.plan.signers.application.port.out.CertificateRequestRepository;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.signing.register.SignerRole;

/**
 * Requests in {@code signer_certificate_request} (V5); the partial unique index on the open ones
 * makes a concurrent second request for the same holder, unit and role insert nothing.
 */
@Repository
class JdbcCertificateRequestRepository implements CertificateRequestRepository {

  private final JdbcClient jdbc;

  JdbcCertificateRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CertificateRequest> find(UUID requestId) {
    return jdbc.sql("SELECT * FROM signer_certificate_request WHERE id = :id")
        .param("id", requestId)
        .query(SignerRows::request)
        .optional();
  }

  @Override
  public Optional<CertificateRequest> lock(UUID requestId) {
    return jdbc.sql("SELECT * FROM signer_certificate_request WHERE id = :id FOR UPDATE")
        .param("id", requestId)
        .query(SignerRows::request)
        .optional();
  }

  @Override
  public Optional<UUID> findOpen(String holderLogin, String unitCode, SignerRole role) {
    return jdbc.sql(
            "SELECT id FROM signer_certificate_request WHERE holder_login = :login"
                + " AND unit_code = :unit AND role = :role AND status = 'OPEN'")
        .param("login", holderLogin)
        .param("unit", unitCode)
        .param("role", role.name())
        .query(UUID.class)
        .optional();
  }

  @Override
  public boolean insert(CertificateRequest request) {
    return jdbc.sql(
                """
                INSERT INTO signer_certificate_request (id, kind, holder_login, holder_name,
                    unit_code, role, renews_certificate_id, note, status, requested_at, revision)
                VALUES (:id, :kind, :login, :name, :unit, :role, :renews, :note, :status,
                        :requestedAt, :revision)
                ON CONFLICT DO NOTHING
                """)
            .param("id", request.id())
            .param("kind", request.kind().name())
            .param("login", request.holderLogin())
            .param("name", request.holderName())
            .param("unit", request.unitCode())
            .param("role", request.role().name())
            .param("renews", request.renewsCertificateId())
            .param("note", request.note())
            .param("status", request.status().name())
            .param("requestedAt", timestamp(request.requestedAt()))
            .param("revision", request.revision())
            .update()
        == 1;
  }

  @Override
  public void update(CertificateRequest request) {
    jdbc.sql(
            """
            UPDATE signer_certificate_request
               SET status = :status, certificate_id = :certificate,
                   withdrawal_reason = :reason, closed_at = :closedAt, revision = :revision
             WHERE id = :id
            """)
        .param("id", request.id())
        .param("status", request.status().name())
        .param("certificate", request.certificateId())
        .param("reason", request.withdrawalReason())
        .param("closedAt", timestamp(request.closedAt()))
        .param("revision", request.revision())
        .update();
  }
}
