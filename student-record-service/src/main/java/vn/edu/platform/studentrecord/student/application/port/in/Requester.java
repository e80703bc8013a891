package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.Optional;

/**
 * Who asks, as the student feature decides what they see and change. The web adapter answers from
 * the token and the platform's {@code OrgScope} (today's tree); the bulk import acts as the
 * uploading school itself.
 *
 * <ul>
 *   <li>a school's staff read the students whose file their school holds, a commune officer those
 *       of the commune's schools, the department and government systems with {@code province-read}
 *       every student;
 *   <li>only the school's administrator and principal change them (teachers read);
 *   <li>sensitive data: the school's administrator and principal, the department's staff;
 *   <li>a citizen reads a student whose guardian is linked to their login.
 * </ul>
 */
public interface Requester {

  /** Whether the caller reads data of students whose file {@code schoolCode} holds. */
  boolean reads(String schoolCode);

  /** Whether the caller changes data of {@code schoolCode}'s students and classes. */
  boolean writes(String schoolCode);

  /**
   * Whether the caller works at {@code schoolCode}: its reads are the school's own; any other read
   * of a student's personal data is written to the audit trail.
   */
  boolean worksAt(String schoolCode);

  /** Whether the caller reads the sensitive data of {@code schoolCode}'s students. */
  boolean readsSensitive(String schoolCode);

  /** Whether the caller reads every school of the province. */
  boolean provinceWide();

  /** The login of a citizen caller, for what linked guardians read; empty for anyone else. */
  Optional<String> citizenLogin();

  /** The school itself, as its bulk import acts: it reads and changes its own students only. */
  static Requester school(String schoolCode) {
    return new Requester() {
      @Override
      public boolean reads(String unit) {
        return schoolCode.equals(unit);
      }

      @Override
      public boolean writes(String unit) {
        return schoolCode.equals(unit);
      }

      @Override
      public boolean worksAt(String unit) {
        return schoolCode.equals(unit);
      }

      @Override
      public boolean readsSensitive(String unit) {
        return false;
      }

      @Override
      public boolean provinceWide() {
        return false;
      }

      @Override
      public Optional<String> citizenLogin() {
        return Optional.empty();
      }
    };
  }
}
