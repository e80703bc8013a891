package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;
import vn.edu.platform.studentrecord.student.application.port.in.Slice;
import vn.edu.platform.studentrecord.student.application.port.in.StudentFilter;
import vn.edu.platform.studentrecord.student.application.port.in.StudentSummary;

/** The feature's lists and joined views. */
public interface StudentReadModel {

  /** Students matching the filter, in class-list order. */
  Slice<StudentSummary> search(StudentFilter filter, int offset, int limit);

  Optional<EnrolmentView> enrolment(UUID enrolmentId);

  /** The latest enrolment of the student in the year (by first day), if any. */
  Optional<EnrolmentView> latestOfYear(String studentCode, String schoolYear);

  /** The student's open enrolment of the latest school year, if any. */
  Optional<EnrolmentView> current(String studentCode);

  /** The class's open enrolments, in class-list order. */
  List<EnrolmentView> openOfClass(UUID classId);

  /** Per student, the latest enrolment of the year when it is at the school. */
  List<EnrolmentView> owningAt(String schoolCode, String schoolYear);
}
