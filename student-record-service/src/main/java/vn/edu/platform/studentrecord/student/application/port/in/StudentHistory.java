package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * A student's school career in the province: every enrolment (ended ones too) and every transfer,
 * oldest first; it follows the student to every school that holds the file.
 *
 * @param schoolCode the school holding the file now
 */
public record StudentHistory(
    String studentCode,
    String schoolCode,
    List<EnrolmentEntry> enrolments,
    List<Transfer> transfers) {

  public StudentHistory {
    enrolments = List.copyOf(enrolments);
    transfers = List.copyOf(transfers);
  }

  /** An enrolment with its class's name and homeroom teacher. */
  public record EnrolmentEntry(
      Enrolment enrolment, String className, @Nullable String homeroomTeacher) {}
}
