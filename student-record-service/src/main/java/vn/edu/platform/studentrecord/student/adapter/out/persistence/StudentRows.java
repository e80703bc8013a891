package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;
import vn.edu.platform.studentrecord.student.domain.DisabilityKind;
import vn.edu.platform.studentrecord.student.domain.DisabilityLevel;
import vn.edu.platform.studentrecord.student.domain.EndReason;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.Guardian;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.Relationship;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Sex;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/** Rows of the feature's tables (V1) as its aggregates, shared by the repositories and lists. */
final class StudentRows {

  /** The columns of an enrolment view: enrolment e, its class c, its student s. */
  static final String ENROLMENT_VIEW =
      "e.id, e.student_code, s.full_name, e.school_year, e.school_code, e.grade, e.class_id,"
          + " c.name AS class_name, c.homeroom_teacher, e.starts_on, e.ends_on";

  private StudentRows() {}

  static Student student(ResultSet rs, int row) throws SQLException {
    return new Student(
        rs.getString("student_code"),
        new Identity(
            rs.getString("full_name"),
            rs.getObject("date_of_birth", LocalDate.class),
            rs.getString("place_of_birth"),
            Sex.valueOf(rs.getString("sex")),
            rs.getString("personal_id"),
            rs.getBoolean("personal_id_verified")),
        rs.getString("school_code"),
        rs.getString("registered_by"),
        instant(rs, "registered_at"),
        rs.getLong("revision"));
  }

  static SensitiveData sensitiveData(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("disability_kind");
    String level = rs.getString("disability_level");
    return new SensitiveData(
        rs.getString("student_code"),
        rs.getString("ethnicity_code"),
        kind == null ? null : DisabilityKind.valueOf(kind),
        level == null ? null : DisabilityLevel.valueOf(level),
        instant(rs, "updated_at"),
        rs.getLong("revision"));
  }

  static SchoolClass schoolClass(ResultSet rs, int row) throws SQLException {
    return new SchoolClass(
        rs.getObject("id", UUID.class),
        rs.getString("school_code"),
        SchoolYear.parse(rs.getString("school_year")).orElseThrow(),
        rs.getInt("grade"),
        rs.getString("name"),
        rs.getString("homeroom_teacher"),
        instant(rs, "created_at"),
        rs.getLong("revision"));
  }

  static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
    String reason = rs.getString("end_reason");
    return new Enrolment(
        rs.getObject("id", UUID.class),
        rs.getString("student_code"),
        rs.getObject("class_id", UUID.class),
        rs.getString("school_code"),
        SchoolYear.parse(rs.getString("school_year")).orElseThrow(),
        rs.getInt("grade"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        reason == null ? null : EndReason.valueOf(reason),
        rs.getObject("transfer_id", UUID.class),
        instant(rs, "created_at"),
        rs.getLong("revision"));
  }

  static EnrolmentView enrolmentView(ResultSet rs, int row) throws SQLException {
    return new EnrolmentView(
        rs.getObject("id", UUID.class),
        rs.getString("student_code"),
        rs.getString("full_name"),
        rs.getString("school_year"),
        rs.getString("school_code"),
        rs.getInt("grade"),
        rs.getObject("class_id", UUID.class),
        rs.getString("class_name"),
        rs.getString("homeroom_teacher"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class));
  }

  static Transfer transfer(ResultSet rs, int row) throws SQLException {
    return new Transfer(
        rs.getObject("id", UUID.class),
        rs.getString("student_code"),
        rs.getString("from_school_code"),
        rs.getString("to_school_code"),
        rs.getString("destination_outside_province"),
        rs.getObject("last_day", LocalDate.class),
        rs.getString("reason"),
        rs.getObject("ended_enrolment_id", UUID.class),
        SchoolYear.parse(rs.getString("school_year")).orElseThrow(),
        rs.getInt("grade"),
        rs.getString("class_name"),
        Transfer.Status.valueOf(rs.getString("status")),
        rs.getObject("taken_up_by", UUID.class),
        instant(rs, "recorded_at"),
        rs.getLong("revision"));
  }

  static Guardian guardian(ResultSet rs, int row) throws SQLException {
    LocalDate consentGivenOn = rs.getObject("consent_given_on", LocalDate.class);
    return new Guardian(
        rs.getObject("id", UUID.class),
        rs.getString("student_code"),
        rs.getString("full_name"),
        Relationship.valueOf(rs.getString("relationship")),
        rs.getBoolean("legal_representative"),
        rs.getString("phone"),
        consentGivenOn == null
            ? null
            : new Guardian.Consent(consentGivenOn, rs.getString("consent_recorded_as")),
        rs.getString("account_login"),
        instant(rs, "created_at"),
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
