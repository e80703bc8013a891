package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import static vn.edu.platform.studentrecord.student.adapter.out.persistence.StudentRows.timestamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;

/** Classes in {@code school_class} (V1). */
@Repository
class JdbcClassRepository implements ClassRepository {

  private final JdbcClient jdbc;

  JdbcClassRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<SchoolClass> find(UUID classId) {
    return jdbc.sql("SELECT * FROM school_class WHERE id = :id")
        .param("id", classId)
        .query(StudentRows::schoolClass)
        .optional();
  }

  @Override
  public Optional<SchoolClass> lock(UUID classId) {
    return jdbc.sql("SELECT * FROM school_class WHERE id = :id FOR UPDATE")
        .param("id", classId)
        .query(StudentRows::schoolClass)
        .optional();
  }

  @Override
  public Optional<SchoolClass> find(String schoolCode, SchoolYear year, String name) {
    return jdbc.sql(
            "SELECT * FROM school_class WHERE school_code = :school AND school_year = :year"
                + " AND name = :name")
        .param("school", schoolCode)
        .param("year", year.toString())
        .param("name", name)
        .query(StudentRows::schoolClass)
        .optional();
  }

  @Override
  public boolean insert(SchoolClass c) {
    return jdbc.sql(
                """
                INSERT INTO school_class (id, school_code, school_year, grade, name,
                    homeroom_teacher, created_at, revision)
                VALUES (:id, :school, :year, :grade, :name, :teacher, :createdAt, :revision)
                ON CONFLICT (school_code, school_year, name) DO NOTHING
                """)
            .param("id", c.id())
            .param("school", c.schoolCode())
            .param("year", c.schoolYear().toString())
            .param("grade", c.grade())
            .param("name", c.name())
            .param("teacher", c.homeroomTeacher())
            .param("createdAt", timestamp(c.createdAt()))
            .param("revision", c.revision())
            .update()
        == 1;
  }

  @Override
  public void update(SchoolClass c) {
    jdbc.sql(
            "UPDATE school_class SET homeroom_teacher = :teacher, revision = :revision WHERE id = :id")
        .param("id", c.id())
        .param("teacher", c.homeroomTeacher())
        .param("revision", c.revision())
        .update();
  }

  @Override
  public List<SchoolClass> of(String schoolCode, SchoolYear year) {
    return jdbc.sql(
            "SELECT * FROM school_class WHERE school_code = :school AND school_year = :year"
                + " ORDER BY grade, name")
        .param("school", schoolCode)
        .param("year", year.toString())
        .query(StudentRows::schoolClass)
        .list();
  }
}
