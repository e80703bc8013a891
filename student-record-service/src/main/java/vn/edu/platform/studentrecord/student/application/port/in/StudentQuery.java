package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import java.util.Optional;

public interface StudentQuery {
  Optional<StudentIdentityView> identity(String studentCode);

  boolean isLinkedGuardian(String studentCode, String accountLogin);

  List<String> studentsOfGuardian(String accountLogin);
}
