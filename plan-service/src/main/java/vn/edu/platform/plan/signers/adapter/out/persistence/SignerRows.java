package vn.edu.platform.plan.signers.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.Revocation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningDelegation;

/** Rows of the register's tables (V5) as its aggregates, shared by the repositories and lists. */
final class SignerRows {

  private SignerRows() {}

  static SignerCertificate certificate(ResultSet rs, int row) throws SQLException {
    CertificateStatus status = CertificateStatus.valueOf(rs.getString("status"));
    Revocation revocation =
        status == CertificateStatus.REVOKED
            ? new Revocation(
                instant(rs, "revocation_effective_at"),
                rs.getString("revocation_decision_number"),
                rs.getObject("revocation_decision_date", LocalDate.class),
                rs.getString("revocation_reason"))
            : null;
    return new SignerCertificate(
        rs.getObject("id", UUID.class),
        new RegisteredCertificate(
            rs.getString("holder_login"),
            rs.getString("holder_name"),
            rs.getString("unit_code"),
            SignerRole.valueOf(rs.getString("role")),
            rs.getString("serial_number"),
            rs.getString("issuer_dn"),
            rs.getString("fingerprint"),
            instant(rs, "not_before"),
            instant(rs, "not_after"),
            status,
            revocation),
        rs.getObject("request_id", UUID.class),
        instant(rs, "registered_at"),
        instant(rs, "revoked_at"),
        rs.getLong("revision"));
  }

  static CertificateRequest request(ResultSet rs, int row) throws SQLException {
    return new CertificateRequest(
        rs.getObject("id", UUID.class),
        CertificateRequest.Kind.valueOf(rs.getString("kind")),
        rs.getString("holder_login"),
        rs.getString("holder_name"),
        rs.getString("unit_code"),
        SignerRole.valueOf(rs.getString("role")),
        rs.getObject("renews_certificate_id", UUID.class),
        rs.getString("note"),
        CertificateRequest.Status.valueOf(rs.getString("status")),
        rs.getObject("certificate_id", UUID.class),
        rs.getString("withdrawal_reason"),
        instant(rs, "requested_at"),
        instant(rs, "closed_at"),
        rs.getLong("revision"));
  }

  static Delegation delegation(ResultSet rs, int row) throws SQLException {
    LocalDate lastDay = rs.getObject("ending_last_day", LocalDate.class);
    return new Delegation(
        new SigningDelegation(
            rs.getObject("id", UUID.class),
            rs.getString("delegator_unit_code"),
            SignerRole.valueOf(rs.getString("delegator_role")),
            rs.getString("delegate_login"),
            rs.getString("decision_number"),
            rs.getObject("decision_date", LocalDate.class),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class),
            lastDay == null
                ? null
                : new SigningDelegation.Ending(
                    lastDay,
                    rs.getString("ending_decision_number"),
                    rs.getObject("ending_decision_date", LocalDate.class))),
        instant(rs, "granted_at"),
        instant(rs, "ended_at"),
        rs.getLong("revision"));
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
