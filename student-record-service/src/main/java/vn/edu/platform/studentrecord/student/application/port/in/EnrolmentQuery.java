package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EnrolmentQuery {
  Optional<EnrolmentView> enrolment(String studentCode, String schoolYear);

  List<EnrolmentView> enrolmentsOfClass(UUID classId);

  List<EnrolmentView> enrolmentsOfSchool(String schoolCode, String schoolYear);

  Optional<ClassView> schoolClass(UUID classId);
}
