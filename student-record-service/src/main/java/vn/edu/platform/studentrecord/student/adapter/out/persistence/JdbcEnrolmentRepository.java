package vn.edu.platform.studentrecord.student.adapter.out.persistence;

import static vn.edu.platform.studentrecord.student.adapter.out.persistence.StudentRows.timestamp;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * Enrolments in {@code enrolment} and transfers in {@code transfer} (V1). The use cases lock the
 * student's row before they read here, so these reads need no lock of their own.
 */
@Repository
class JdbcEnrolmentRepository implements EnrolmentRepository {

  private final JdbcClient jdbc;

  JdbcEnrolmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Enrolment> openOf(String studentCode, SchoolYear year) {
    return jdbc.sql(
            "SELECT * FROM enrolment WHERE student_code = :code AND school_year = :year"
                + " AND ends_on IS NULL")
        .param("code", studentCode)
        .param("year", year.toString())
        .query(StudentRows::enrolment)
        .optional();
  }

  @Override
  public Optional<Enrolment> currentAt(String studentCode, String schoolCode) {
    return jdbc.sql(
            """
            SELECT * FROM enrolment
             WHERE student_code = :code AND school_code = :school AND ends_on IS NULL
             ORDER BY school_year DESC LIMIT 1
            """)
        .param("code", studentCode)
        .param("school", schoolCode)
        .query(StudentRows::enrolment)
        .optional();
  }

  @Override
  public List<Enrolment> of(String studentCode) {
    return jdbc.sql(
            "SELECT * FROM enrolment WHERE student_code = :code ORDER BY starts_on, created_at")
        .param("code", studentCode)
        .query(StudentRows::enrolment)
        .list();
  }

  @Override
  public boolean insert(Enrolment e) {
    return jdbc.sql(
                """
                INSERT INTO enrolment (id, student_code, class_id, school_code, school_year,
                    grade, starts_on, ends_on, end_reason, transfer_id, created_at, revision)
                VALUES (:id, :code, :classId, :school, :year, :grade, :startsOn, :endsOn,
                        :endReason, :transferId, :createdAt, :revision)
                ON CONFLICT (student_code, school_year) WHERE ends_on IS NULL DO NOTHING
                """)
            .param("id", e.id())
            .param("code", e.studentCode())
            .param("classId", e.classId())
            .param("school", e.schoolCode())
            .param("year", e.schoolYear().toString())
            .param("grade", e.grade())
            .param("startsOn", e.startsOn())
            .param("endsOn", e.endsOn())
            .param("endReason", e.endReason() == null ? null : e.endReason().name())
            .param("transferId", e.transferId())
            .param("createdAt", timestamp(e.createdAt()))
            .param("revision", e.revision())
            .update()
        == 1;
  }

  @Override
  public void update(Enrolment e) {
    jdbc.sql(
            "UPDATE enrolment SET ends_on = :endsOn, end_reason = :endReason, revision = :revision"
                + " WHERE id = :id")
        .param("id", e.id())
        .param("endsOn", e.endsOn())
        .param("endReason", e.endReason() == null ? null : e.endReason().name())
        .param("revision", e.revision())
        .update();
  }

  @Override
  public Optional<Transfer> pendingTransfer(String studentCode) {
    return jdbc.sql("SELECT * FROM transfer WHERE student_code = :code AND status = 'PENDING'")
        .param("code", studentCode)
        .query(StudentRows::transfer)
        .optional();
  }

  @Override
  public List<Transfer> transfers(String studentCode) {
    return jdbc.sql(
            "SELECT * FROM transfer WHERE student_code = :code ORDER BY last_day, recorded_at")
        .param("code", studentCode)
        .query(StudentRows::transfer)
        .list();
  }

  @Override
  public void insert(Transfer t) {
    jdbc.sql(
            """
            INSERT INTO transfer (id, student_code, from_school_code, to_school_code,
                destination_outside_province, last_day, reason, ended_enrolment_id, school_year,
                grade, class_name, status, taken_up_by, recorded_at, revision)
            VALUES (:id, :code, :from, :to, :outside, :lastDay, :reason, :ended, :year, :grade,
                    :className, :status, :takenUpBy, :recordedAt, :revision)
            """)
        .param("id", t.id())
        .param("code", t.studentCode())
        .param("from", t.fromSchoolCode())
        .param("to", t.toSchoolCode())
        .param("outside", t.destinationOutsideProvince())
        .param("lastDay", t.lastDay())
        .param("reason", t.reason())
        .param("ended", t.endedEnrolmentId())
        .param("year", t.schoolYear().toString())
        .param("grade", t.grade())
        .param("className", t.className())
        .param("status", t.status().name())
        .param("takenUpBy", t.takenUpBy())
        .param("recordedAt", timestamp(t.recordedAt()))
        .param("revision", t.revision())
        .update();
  }

  @Override
  public void update(Transfer t) {
    jdbc.sql(
            "UPDATE transfer SET status = :status, taken_up_by = :takenUpBy, revision = :revision"
                + " WHERE id = :id")
        .param("id", t.id())
        .param("status", t.status().name())
        .param("takenUpBy", t.takenUpBy())
        .param("revision", t.revision())
        .update();
  }
}
