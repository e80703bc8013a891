package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A student of the province, under the sector's student code (mã định danh học sinh): assigned when
 * the student first enters the sector database, unique, never changed, following the student across
 * schools and levels (docs/domain.md, Identifiers). No operation changes it; a second registration
 * of a code answers 409.
 *
 * <p>{@code schoolCode} is the school that holds the student's file now: the registering school,
 * the school of the student's enrolments, and after a transfer within the province the receiving
 * school (which may then enrol the student). Its staff read the student; the sending school does
 * not any more. After a transfer out of the province it stays the last school of the province.
 *
 * @param registeredBy the school that registered the student
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record Student(
    String studentCode,
    Identity identity,
    String schoolCode,
    String registeredBy,
    Instant registeredAt,
    long revision) {

  public Student {
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** Registers a student with a school (the school's own registration or its bulk import). */
  public static Changes<Student> register(
      String studentCode, Identity identity, String schoolCode, Instant at) {
    List<vn.edu.platform.kernel.Violation> violations = new ArrayList<>();
    StudentRules.checkStudentCode("/studentCode", studentCode, violations);
    StudentRules.throwIfAny(violations);
    Student student = new Student(studentCode, identity, schoolCode, schoolCode, at, 1);
    return Changes.of(student, new StudentEvent.StudentRegistered(student));
  }

  /**
   * Corrects the identity: absent values stay. A new personal identification number is not verified
   * unless the correction says so, since the cross-check was of the old one.
   */
  public Changes<Student> correct(IdentityCorrection correction, LocalDate today) {
    Identity old = identity;
    String personalId =
        correction.personalId() == null ? old.personalId() : correction.personalId().strip();
    boolean newNumber = !Objects.equals(personalId, old.personalId());
    boolean verified =
        correction.personalIdVerified() != null
            ? correction.personalIdVerified()
            : !newNumber && old.personalIdVerified();
    Identity corrected =
        Identity.of(
            correction.fullName() == null ? old.fullName() : correction.fullName(),
            correction.dateOfBirth() == null ? old.dateOfBirth() : correction.dateOfBirth(),
            correction.placeOfBirth() == null ? old.placeOfBirth() : correction.placeOfBirth(),
            correction.sex() == null ? old.sex() : correction.sex(),
            personalId,
            verified,
            today);
    List<String> changed = new ArrayList<>();
    if (!corrected.fullName().equals(old.fullName())) {
      changed.add("fullName");
    }
    if (!corrected.dateOfBirth().equals(old.dateOfBirth())) {
      changed.add("dateOfBirth");
    }
    if (!corrected.placeOfBirth().equals(old.placeOfBirth())) {
      changed.add("placeOfBirth");
    }
    if (corrected.sex() != old.sex()) {
      changed.add("sex");
    }
    if (newNumber) {
      changed.add("personalId");
    }
    if (corrected.personalIdVerified() != old.personalIdVerified()) {
      changed.add("personalIdVerified");
    }
    if (changed.isEmpty()) {
      return Changes.of(this);
    }
    Student student =
        new Student(studentCode, corrected, schoolCode, registeredBy, registeredAt, revision + 1);
    return Changes.of(student, new StudentEvent.IdentityCorrected(student, changed));
  }

  /** The student's file moves to the receiving school of a transfer within the province. */
  Student movedTo(String receivingSchool) {
    return new Student(
        studentCode, identity, receivingSchool, registeredBy, registeredAt, revision + 1);
  }

  /**
   * Whether a bulk import's row describes this student as registered: the same name, birth date,
   * place and sex, and the same personal identification number when the row gives one.
   */
  public boolean sameAs(Identity other) {
    return identity.fullName().equals(other.fullName())
        && identity.dateOfBirth().equals(other.dateOfBirth())
        && identity.placeOfBirth().equals(other.placeOfBirth())
        && identity.sex() == other.sex()
        && (other.personalId() == null || other.personalId().equals(identity.personalId()));
  }

  /**
   * A correction of the identity; null components stay as they are.
   *
   * @param personalIdVerified null: kept for the same number, false for a new one
   */
  public record IdentityCorrection(
      String fullName,
      LocalDate dateOfBirth,
      String placeOfBirth,
      Sex sex,
      String personalId,
      Boolean personalIdVerified) {}
}
