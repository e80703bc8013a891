package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import static vn.edu.platform.studentrecord.student.adapter.out.persistence.StudentRows.timestamp;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/**
 * Students in {@code student} and their sensitive data in {@code student_sensitive_data} (V1). The
 * folded name and the class-list key are computed here, from the stored name, so they never drift.
 */
@Repository
class JdbcStudentRepository implements StudentRepository {

  private final JdbcClient jdbc;

  JdbcStudentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Student> find(String studentCode) {
    return jdbc.sql("SELECT * FROM student WHERE student_code = :code")
        .param("code", studentCode)
        .query(StudentRows::student)
        .optional();
  }

  @Override
  public Optional<Student> lock(String studentCode) {
    return jdbc.sql("SELECT * FROM student WHERE student_code = :code FOR UPDATE")
        .param("code", studentCode)
        .query(StudentRows::student)
        .optional();
  }

  @Override
  public boolean insert(Student student) {
    // no conflict target: a taken code or a taken personal ID both answer false, and the use case
    // tells them apart
    return params(
                jdbc.sql(
                    """
                    INSERT INTO student (student_code, full_name, name_key, sort_key,
                        date_of_birth, place_of_birth, sex, personal_id, personal_id_verified,
                        school_code, registered_by, registered_at, revision)
                    VALUES (:code, :name, :nameKey, :sortKey, :dob, :place, :sex, :personalId,
                            :verified, :school, :registeredBy, :registeredAt, :revision)
                    ON CONFLICT DO NOTHING
                    """),
                student)
            .param("registeredBy", student.registeredBy())
            .param("registeredAt", timestamp(student.registeredAt()))
            .update()
        == 1;
  }

  @Override
  public void update(Student student) {
    params(
            jdbc.sql(
                """
                UPDATE student
                   SET full_name = :name, name_key = :nameKey, sort_key = :sortKey,
                       date_of_birth = :dob, place_of_birth = :place, sex = :sex,
                       personal_id = :personalId, personal_id_verified = :verified,
                       school_code = :school, revision = :revision
                 WHERE student_code = :code
                """),
            student)
        .update();
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Student student) {
    var identity = student.identity();
    return sql.param("code", student.studentCode())
        .param("name", identity.fullName())
        .param("nameKey", StudentRules.fold(identity.fullName()))
        .param("sortKey", StudentRules.sortKey(identity.fullName()))
        .param("dob", identity.dateOfBirth())
        .param("place", identity.placeOfBirth())
        .param("sex", identity.sex().name())
        .param("personalId", identity.personalId())
        .param("verified", identity.personalIdVerified())
        .param("school", student.schoolCode())
        .param("revision", student.revision());
  }

  @Override
  public Optional<String> withPersonalId(String personalId) {
    return jdbc.sql("SELECT student_code FROM student WHERE personal_id = :id")
        .param("id", personalId)
        .query(String.class)
        .optional();
  }

  @Override
  public SensitiveData sensitiveData(String studentCode) {
    return jdbc.sql("SELECT * FROM student_sensitive_data WHERE student_code = :code")
        .param("code", studentCode)
        .query(StudentRows::sensitiveData)
        .optional()
        .orElseGet(() -> SensitiveData.none(studentCode));
  }

  @Override
  public void save(SensitiveData data) {
    jdbc.sql(
            """
            INSERT INTO student_sensitive_data (student_code, ethnicity_code, disability_kind,
                disability_level, updated_at, revision)
            VALUES (:code, :ethnicity, :kind, :level, :updatedAt, :revision)
            ON CONFLICT (student_code) DO UPDATE
               SET ethnicity_code = excluded.ethnicity_code,
                   disability_kind = excluded.disability_kind,
                   disability_level = excluded.disability_level,
                   updated_at = excluded.updated_at, revision = excluded.revision
            """)
        .param("code", data.studentCode())
        .param("ethnicity", data.ethnicityCode())
        .param("kind", data.disabilityKind() == null ? null : data.disabilityKind().name())
        .param("level", data.disabilityLevel() == null ? null : data.disabilityLevel().name())
        .param("updatedAt", timestamp(data.updatedAt()))
        .param("revision", data.revision())
        .update();
  }
}
