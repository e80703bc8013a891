package vn.edu.platform.studentrecord.extract.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRepository;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.domain.Issuer;
import vn.edu.platform.studentrecord.extract.domain.IssuerRole;

/** The log of extracts in {@code record_extract}, the registers' counters beside it. */
@Repository
class JdbcExtractRepository implements ExtractRepository {

  private final JdbcClient jdbc;

  JdbcExtractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long nextSequence(String schoolCode, String schoolYear) {
    // one statement that creates or increments the counter and locks its row until the
    // transaction ends: two issuers of one school wait for each other, another school does not
    return jdbc.sql(
            """
            INSERT INTO record_extract_counter (school_code, school_year, last_sequence)
            VALUES (:school, :year, 1)
            ON CONFLICT (school_code, school_year)
            DO UPDATE SET last_sequence = record_extract_counter.last_sequence + 1
            RETURNING last_sequence
            """)
        .param("school", schoolCode)
        .param("year", schoolYear)
        .query(Long.class)
        .single();
  }

  @Override
  public void insert(Extract e) {
    jdbc.sql(
            """
            INSERT INTO record_extract (id, number, school_code, school_year, sequence, record_id,
              record_version, student_code, grade, issued_by_subject, issued_by_login,
              issued_by_role, purpose, issued_at, verification_code_hash, pdf_sha256)
            VALUES (:id, :number, :school, :year, :sequence, :record, :version, :student, :grade,
              :subject, :login, :role, :purpose, :issuedAt, :codeHash, :pdfHash)
            """)
        .param("id", e.id())
        .param("number", e.number().value())
        .param("school", e.schoolCode())
        .param("year", e.schoolYear())
        .param("sequence", sequenceOf(e.number()))
        .param("record", e.recordId())
        .param("version", e.recordVersion())
        .param("student", e.studentCode())
        .param("grade", e.grade())
        .param("subject", e.issuer().subject())
        .param("login", e.issuer().login())
        .param("role", e.issuer().role().name())
        .param("purpose", e.purpose())
        .param("issuedAt", Timestamp.from(e.issuedAt()))
        .param("codeHash", e.verificationCodeHash())
        .param("pdfHash", e.documentSha256())
        .update();
  }

  @Override
  public List<Extract> ofRecord(UUID recordId) {
    return jdbc.sql("SELECT * FROM record_extract WHERE record_id = :record ORDER BY sequence")
        .param("record", recordId)
        .query(JdbcExtractRepository::extract)
        .list();
  }

  @Override
  public Optional<Extract> find(UUID recordId, ExtractNumber number) {
    return jdbc.sql("SELECT * FROM record_extract WHERE record_id = :record AND number = :number")
        .param("record", recordId)
        .param("number", number.value())
        .query(JdbcExtractRepository::extract)
        .optional();
  }

  @Override
  public Optional<Extract> byCodeHash(UUID recordId, String verificationCodeHash) {
    return jdbc.sql(
            """
            SELECT * FROM record_extract
             WHERE verification_code_hash = :hash AND record_id = :record
            """)
        .param("hash", verificationCodeHash)
        .param("record", recordId)
        .query(JdbcExtractRepository::extract)
        .optional();
  }

  private static long sequenceOf(ExtractNumber number) {
    String value = number.value();
    return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
  }

  private static Extract extract(ResultSet rs, int row) throws SQLException {
    return new Extract(
        rs.getObject("id", UUID.class),
        new ExtractNumber(rs.getString("number")),
        rs.getObject("record_id", UUID.class),
        rs.getInt("record_version"),
        rs.getString("student_code"),
        rs.getString("school_code"),
        rs.getString("school_year"),
        rs.getInt("grade"),
        new Issuer(
            rs.getString("issued_by_subject"),
            rs.getString("issued_by_login"),
            IssuerRole.valueOf(rs.getString("issued_by_role"))),
        rs.getString("purpose"),
        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
        rs.getString("verification_code_hash"),
        rs.getString("pdf_sha256"));
  }
}
