package vn.edu.platform.studentrecord.record.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;

/**
 * The JAdES signatures: one row per batch group ({@code signature_group}), one per record's
 * signature ({@code record_signature}) naming its group and its document's name and digest. Written
 * in batches, since a principal's job stores two thousand entries in one transaction.
 */
@Repository
class JdbcSignatureStore implements SignatureStore {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;

  JdbcSignatureStore(JdbcClient jdbc, NamedParameterJdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  @Override
  public void storeGroups(UUID jobId, List<SignedGroup> groups) {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    template.batchUpdate(
        "INSERT INTO signature_group (id, job_id, signature, created_at) VALUES (:id, :job, :signature, :at)",
        groups.stream()
            .map(
                g ->
                    new MapSqlParameterSource()
                        .addValue("id", g.groupId())
                        .addValue("job", jobId)
                        .addValue("signature", g.signature())
                        .addValue("at", now))
            .toArray(MapSqlParameterSource[]::new));
  }

  @Override
  public void storeEntries(List<Entry> entries) {
    template.batchUpdate(
        """
        INSERT INTO record_signature (record_id, role, signer_role, signer_login,
          certificate_fingerprint, signed_at, delegation_decision, job_id, group_id, document_name,
          document_digest, position)
        VALUES (:record, :role, :signerRole, :login, :fingerprint, :signedAt, :delegation, :job,
          :group, :name, :digest, :position)
        """,
        entries.stream()
            .map(
                e ->
                    new MapSqlParameterSource()
                        .addValue("record", e.recordId())
                        .addValue("role", e.signature().role().name())
                        .addValue("signerRole", e.signature().signerRole().name())
                        .addValue("login", e.signature().signerLogin())
                        .addValue("fingerprint", e.signature().certificateFingerprint())
                        .addValue("signedAt", Timestamp.from(e.signature().signedAt()))
                        .addValue("delegation", e.signature().delegationDecision())
                        .addValue("job", e.signature().jobId())
                        .addValue("group", e.groupId())
                        .addValue("name", e.documentName())
                        .addValue("digest", e.documentDigest())
                        .addValue("position", e.position()))
            .toArray(MapSqlParameterSource[]::new));
  }

  @Override
  public Optional<Stored> signatureOf(UUID recordId, SignerRole role) {
    return jdbc.sql(
            """
            SELECT s.*, g.signature FROM record_signature s JOIN signature_group g ON g.id = s.group_id
             WHERE s.record_id = :record AND s.role = :role
            """)
        .param("record", recordId)
        .param("role", role.name())
        .query(
            (rs, i) ->
                new Stored(
                    rs.getBytes("signature"),
                    rs.getString("document_name"),
                    new RecordSignature(
                        SignerRole.valueOf(rs.getString("role")),
                        SignerRole.valueOf(rs.getString("signer_role")),
                        rs.getString("signer_login"),
                        rs.getString("certificate_fingerprint"),
                        rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("delegation_decision"),
                        rs.getObject("job_id", UUID.class))))
        .optional();
  }
}
