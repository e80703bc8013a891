package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;
import java.util.Optional;

/** Students' identities and their guardians' accounts, for the record feature; no access checks. */
public interface StudentQuery {

  Optional<StudentIdentityView> identity(String studentCode);

  /** Whether a citizen login is a linked guardian account of the student. */
  boolean isLinkedGuardian(String studentCode, String accountLogin);

  /** The codes of the students a citizen login is linked to as a guardian, in code order. */
  List<String> studentsOfGuardian(String accountLogin);

  /**
   * Whether a legal representative of the student consented to the digital record (Law
   * 91/2025/QH15: a child's data needs that consent, silence is not consent).
   */
  boolean hasLegalRepresentativeConsent(String studentCode);
}
