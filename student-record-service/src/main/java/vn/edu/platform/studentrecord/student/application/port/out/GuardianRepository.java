package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.student.domain.Guardian;

/** Where guardians live; a citizen login is linked to one guardian of a student at most. */
public interface GuardianRepository {

  /** The student's guardians, in the order they were recorded. */
  List<Guardian> of(String studentCode);

  Optional<Guardian> find(String studentCode, UUID guardianId);

  /**
   * @return false when the guardian's account login is linked to another guardian of the student
   */
  boolean insert(Guardian guardian);

  /**
   * @return false when the new account login is linked to another guardian of the student
   */
  boolean update(Guardian guardian);

  boolean isLinked(String studentCode, String accountLogin);

  /** The codes of the students the login is linked to, in code order. */
  List<String> studentsOf(String accountLogin);

  /** Whether a legal representative of the student consented to the digital record. */
  boolean hasLegalRepresentativeConsent(String studentCode);
}
