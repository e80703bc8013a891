package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import static vn.edu.platform.studentrecord.student.adapter.out.persistence.StudentRows.ENROLMENT_VIEW;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;
import vn.edu.platform.studentrecord.student.application.port.in.Slice;
import vn.edu.platform.studentrecord.student.application.port.in.StudentFilter;
import vn.edu.platform.studentrecord.student.application.port.in.StudentSummary;
import vn.edu.platform.studentrecord.student.application.port.out.StudentReadModel;
import vn.edu.platform.studentrecord.student.domain.Sex;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/**
 * The feature's lists. A search is a range of {@code student (school_code, sort_key)} with, per
 * student, the latest matching enrolment at that school joined laterally; a name is matched as a
 * folded infix ({@code LIKE '%…%'}), which a school of a few thousand students scans quickly. A
 * province-wide name search scans every student; a trigram index would serve it if it turns slow.
 */
@Repository
class JdbcStudentReadModel implements StudentReadModel {

  private static final String FROM_VIEW =
      " FROM enrolment e JOIN school_class c ON c.id = e.class_id"
          + " JOIN student s ON s.student_code = e.student_code";

  private final JdbcClient jdbc;

  JdbcStudentReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Slice<StudentSummary> search(StudentFilter filter, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder enrolment = new StringBuilder();
    boolean byEnrolment =
        filter.schoolYear() != null || filter.classId() != null || filter.grade() != null;
    if (byEnrolment) {
      // the students in the class, grade or year now: their open enrolment there
      enrolment.append(" AND e.ends_on IS NULL");
    }
    if (filter.schoolYear() != null) {
      enrolment.append(" AND e.school_year = :year");
      params.put("year", filter.schoolYear());
    }
    if (filter.classId() != null) {
      enrolment.append(" AND e.class_id = :classId");
      params.put("classId", filter.classId());
    }
    if (filter.grade() != null) {
      enrolment.append(" AND e.grade = :grade");
      params.put("grade", filter.grade());
    }
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    if (filter.schoolCode() != null) {
      where.append(" AND s.school_code = :school");
      params.put("school", filter.schoolCode());
    }
    String name = filter.name() == null ? "" : StudentRules.fold(filter.name());
    if (!name.isEmpty()) {
      where.append(" AND s.name_key LIKE :name ESCAPE '\\'");
      params.put(
          "name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (byEnrolment) {
      where.append(" AND m.id IS NOT NULL");
    }
    String from =
        " FROM student s LEFT JOIN LATERAL (SELECT e.id, e.school_year, e.grade, e.class_id"
            + " FROM enrolment e WHERE e.student_code = s.student_code"
            + " AND e.school_code = s.school_code"
            + enrolment
            + " ORDER BY (e.ends_on IS NULL) DESC, e.school_year DESC, e.starts_on DESC LIMIT 1)"
            + " m ON TRUE LEFT JOIN school_class c ON c.id = m.class_id"
            + where;
    long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
    Map<String, Object> paged = new HashMap<>(params);
    paged.put("limit", limit);
    paged.put("offset", offset);
    List<StudentSummary> items =
        jdbc.sql(
                "SELECT s.student_code, s.full_name, s.date_of_birth, s.sex, s.school_code,"
                    + " m.school_year, m.grade, m.class_id, c.name AS class_name"
                    + from
                    + " ORDER BY s.sort_key, s.student_code LIMIT :limit OFFSET :offset")
            .params(paged)
            .query(
                (rs, row) ->
                    new StudentSummary(
                        rs.getString("student_code"),
                        rs.getString("full_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getString("school_code"),
                        rs.getString("school_year"),
                        (Integer) rs.getObject("grade"),
                        rs.getObject("class_id", UUID.class),
                        rs.getString("class_name")))
            .list();
    return new Slice<>(items, total);
  }

  @Override
  public Optional<EnrolmentView> enrolment(UUID enrolmentId) {
    return jdbc.sql("SELECT " + ENROLMENT_VIEW + FROM_VIEW + " WHERE e.id = :id")
        .param("id", enrolmentId)
        .query(StudentRows::enrolmentView)
        .optional();
  }

  @Override
  public Optional<EnrolmentView> latestOfYear(String studentCode, String schoolYear) {
    return jdbc.sql(
            "SELECT "
                + ENROLMENT_VIEW
                + FROM_VIEW
                + " WHERE e.student_code = :code AND e.school_year = :year"
                + " ORDER BY e.starts_on DESC, e.created_at DESC LIMIT 1")
        .param("code", studentCode)
        .param("year", schoolYear)
        .query(StudentRows::enrolmentView)
        .optional();
  }

  @Override
  public Optional<EnrolmentView> current(String studentCode) {
    return jdbc.sql(
            "SELECT "
                + ENROLMENT_VIEW
                + FROM_VIEW
                + " WHERE e.student_code = :code AND e.ends_on IS NULL"
                + " ORDER BY e.school_year DESC, e.starts_on DESC, e.created_at DESC LIMIT 1")
        .param("code", studentCode)
        .query(StudentRows::enrolmentView)
        .optional();
  }

  @Override
  public List<EnrolmentView> openOfClass(UUID classId) {
    return jdbc.sql(
            "SELECT "
                + ENROLMENT_VIEW
                + FROM_VIEW
                + " WHERE e.class_id = :classId AND e.ends_on IS NULL"
                + " ORDER BY s.sort_key, s.student_code")
        .param("classId", classId)
        .query(StudentRows::enrolmentView)
        .list();
  }

  @Override
  public List<EnrolmentView> owningAt(String schoolCode, String schoolYear) {
    return jdbc.sql(
            "SELECT "
                + ENROLMENT_VIEW
                + FROM_VIEW
                + """
                 WHERE e.school_code = :school AND e.school_year = :year
                   AND NOT EXISTS (SELECT 1 FROM enrolment later
                                    WHERE later.student_code = e.student_code
                                      AND later.school_year = e.school_year
                                      AND (later.starts_on, later.created_at)
                                          > (e.starts_on, e.created_at))
                 ORDER BY c.name, s.sort_key, s.student_code
                """)
        .param("school", schoolCode)
        .param("year", schoolYear)
        .query(StudentRows::enrolmentView)
        .list();
  }
}
