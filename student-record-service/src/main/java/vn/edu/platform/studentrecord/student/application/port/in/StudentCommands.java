package vn.edu.platform.studentrecord.student.application.port.in;

import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.studentrecord.student.domain.DisabilityKind;
import vn.edu.platform.studentrecord.student.domain.DisabilityLevel;
import vn.edu.platform.studentrecord.student.domain.Relationship;
import vn.edu.platform.studentrecord.student.domain.Sex;

/** The commands on students, classes, enrolments, transfers and guardians. */
public final class StudentCommands {

  private StudentCommands() {}

  /** A school registers a student under the student code of the sector database. */
  public record RegisterStudent(
      String studentCode,
      String schoolCode,
      String fullName,
      LocalDate dateOfBirth,
      String placeOfBirth,
      Sex sex,
      String personalId,
      boolean personalIdVerified) {}

  /** The school corrects a student's identity; null values stay as they are. */
  public record CorrectIdentity(
      String studentCode,
      String fullName,
      LocalDate dateOfBirth,
      String placeOfBirth,
      Sex sex,
      String personalId,
      Boolean personalIdVerified,
      ExpectedRevision expectedRevision) {}

  /** The school records a student's sensitive data (each value null for none). */
  public record SetSensitiveData(
      String studentCode,
      String ethnicityCode,
      DisabilityKind disabilityKind,
      DisabilityLevel disabilityLevel,
      ExpectedRevision expectedRevision) {}

  /** A school opens a class for a school year. */
  public record CreateClass(
      String schoolCode, String schoolYear, int grade, String name, String homeroomTeacher) {}

  /** The school hands a class to another homeroom teacher. */
  public record ChangeHomeroomTeacher(
      UUID classId, String login, ExpectedRevision expectedRevision) {}

  /** The school enrols a student in one of its classes from a day. */
  public record Enrol(String studentCode, UUID classId, LocalDate startDate) {}

  /**
   * The school holding the file transfers the student, to a school of the province or out of it.
   *
   * @param lastDay the student's last day at the school
   */
  public record Transfer(
      String studentCode,
      LocalDate lastDay,
      String reason,
      String toSchoolCode,
      String destinationOutsideProvince) {}

  /** The school records a guardian of a student. */
  public record AddGuardian(
      String studentCode,
      String fullName,
      Relationship relationship,
      boolean legalRepresentative,
      String phone,
      LocalDate consentGivenOn,
      String consentRecordedAs,
      String accountLogin) {}

  /** The school changes what it knows of a guardian; null values stay as they are. */
  public record ChangeGuardian(
      String studentCode,
      UUID guardianId,
      String phone,
      Boolean legalRepresentative,
      LocalDate consentGivenOn,
      String consentRecordedAs,
      String accountLogin,
      ExpectedRevision expectedRevision) {}

  /** The school removes the link of a guardian to a citizen account. */
  public record UnlinkGuardianAccount(
      String studentCode, UUID guardianId, ExpectedRevision expectedRevision) {}

  /**
   * One row of a school's bulk import: a student to register (or registered already with the same
   * data) and to enrol in a class of the year, created when the school has none of that name.
   *
   * @param startDate the first day in the class; the year's opening day when null
   */
  public record ImportStudent(
      long rowNumber,
      String studentCode,
      String fullName,
      LocalDate dateOfBirth,
      Sex sex,
      String placeOfBirth,
      String personalId,
      String schoolYear,
      int grade,
      String className,
      LocalDate startDate) {}
}
