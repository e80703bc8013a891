package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import static vn.edu.platform.studentrecord.student.adapter.out.persistence.StudentRows.timestamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.out.GuardianRepository;
import vn.edu.platform.studentrecord.student.domain.Guardian;

/** Guardians in {@code guardian} (V1). */
@Repository
class JdbcGuardianRepository implements GuardianRepository {

  private final JdbcClient jdbc;

  JdbcGuardianRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Guardian> of(String studentCode) {
    return jdbc.sql("SELECT * FROM guardian WHERE student_code = :code ORDER BY created_at, id")
        .param("code", studentCode)
        .query(StudentRows::guardian)
        .list();
  }

  @Override
  public Optional<Guardian> find(String studentCode, UUID guardianId) {
    return jdbc.sql("SELECT * FROM guardian WHERE id = :id AND student_code = :code")
        .param("id", guardianId)
        .param("code", studentCode)
        .query(StudentRows::guardian)
        .optional();
  }

  @Override
  public boolean insert(Guardian g) {
    return jdbc.sql(
                """
                INSERT INTO guardian (id, student_code, full_name, relationship,
                    legal_representative, phone, consent_given_on, consent_recorded_as,
                    account_login, created_at, revision)
                VALUES (:id, :code, :name, :relationship, :representative, :phone, :givenOn,
                        :recordedAs, :login, :createdAt, :revision)
                ON CONFLICT (student_code, account_login) WHERE account_login IS NOT NULL
                DO NOTHING
                """)
            .param("id", g.id())
            .param("code", g.studentCode())
            .param("name", g.fullName())
            .param("relationship", g.relationship().name())
            .param("representative", g.legalRepresentative())
            .param("phone", g.phone())
            .param("givenOn", g.consent() == null ? null : g.consent().givenOn())
            .param("recordedAs", g.consent() == null ? null : g.consent().recordedAs())
            .param("login", g.accountLogin())
            .param("createdAt", timestamp(g.createdAt()))
            .param("revision", g.revision())
            .update()
        == 1;
  }

  @Override
  public boolean update(Guardian g) {
    try {
      jdbc.sql(
              """
              UPDATE guardian
                 SET legal_representative = :representative, phone = :phone,
                     consent_given_on = :givenOn, consent_recorded_as = :recordedAs,
                     account_login = :login, revision = :revision
               WHERE id = :id
              """)
          .param("id", g.id())
          .param("representative", g.legalRepresentative())
          .param("phone", g.phone())
          .param("givenOn", g.consent() == null ? null : g.consent().givenOn())
          .param("recordedAs", g.consent() == null ? null : g.consent().recordedAs())
          .param("login", g.accountLogin())
          .param("revision", g.revision())
          .update();
      return true;
    } catch (DuplicateKeyException linkedToAnother) {
      // the caller holds the student's row, so the other guardian was there before: the use
      // case refuses, and its exception rolls the transaction back
      return false;
    }
  }

  @Override
  public boolean isLinked(String studentCode, String accountLogin) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM guardian WHERE student_code = :code"
                + " AND account_login = :login)")
        .param("code", studentCode)
        .param("login", accountLogin)
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<String> studentsOf(String accountLogin) {
    return jdbc.sql(
            "SELECT DISTINCT student_code FROM guardian WHERE account_login = :login"
                + " ORDER BY student_code")
        .param("login", accountLogin)
        .query(String.class)
        .list();
  }

  @Override
  public boolean hasLegalRepresentativeConsent(String studentCode) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM guardian WHERE student_code = :code"
                + " AND legal_representative AND consent_given_on IS NOT NULL)")
        .param("code", studentCode)
        .query(Boolean.class)
        .single();
  }
}
