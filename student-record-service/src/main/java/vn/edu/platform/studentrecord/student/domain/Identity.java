package vn.edu.platform.studentrecord.student.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edu.platform.kernel.Violation;

/**
 * Who a student is, as the birth registration and the citizen card say: what the record's identity
 * cross-check compares and what never travels in an event.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>full name and place of birth: required, at most 200 characters, stored NFC;
 *   <li>date of birth: not before 1 January 1990 (no student of general education in the records
 *       the province keeps is older) and not in the future ({@code date-of-birth-out-of-range});
 *   <li>the personal identification number, optional until known, fits the date of birth and the
 *       sex ({@link PersonalId});
 *   <li>{@code personalIdVerified} (set by the school after the identity cross-check against the
 *       national population database) needs a number ({@code personal-id-missing}).
 * </ul>
 *
 * @param personalId the personal identification number (số định danh cá nhân); null until known
 * @param personalIdVerified whether the school cross-checked the number; a record cannot be
 *     verified without it
 */
public record Identity(
    String fullName,
    LocalDate dateOfBirth,
    String placeOfBirth,
    Sex sex,
    String personalId,
    boolean personalIdVerified) {

  /** The earliest date of birth the service accepts. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1990, 1, 1);

  public Identity {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(placeOfBirth, "placeOfBirth");
    Objects.requireNonNull(sex, "sex");
  }

  /**
   * An identity checked against every rule at once (422 {@code student-rule} listing each broken
   * one), its texts normalised.
   *
   * @param today the day in Vietnam, for the date of birth
   */
  public static Identity of(
      String fullName,
      LocalDate dateOfBirth,
      String placeOfBirth,
      Sex sex,
      String personalId,
      boolean personalIdVerified,
      LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    Identity identity =
        checked(
            fullName,
            dateOfBirth,
            placeOfBirth,
            sex,
            personalId,
            personalIdVerified,
            today,
            violations);
    StudentRules.throwIfAny(violations);
    return identity;
  }

  /**
   * The identity, or null when {@code violations} got one (the bulk import reports them per row).
   */
  public static Identity checked(
      String fullName,
      LocalDate dateOfBirth,
      String placeOfBirth,
      Sex sex,
      String personalId,
      boolean personalIdVerified,
      LocalDate today,
      List<Violation> violations) {
    int before = violations.size();
    String name = StudentRules.checkText("/fullName", fullName, true, 200, violations);
    String place = StudentRules.checkText("/placeOfBirth", placeOfBirth, true, 200, violations);
    if (dateOfBirth == null) {
      violations.add(Violation.at("/dateOfBirth", "required"));
    } else if (dateOfBirth.isBefore(EARLIEST_BIRTH) || dateOfBirth.isAfter(today)) {
      violations.add(
          Violation.at("/dateOfBirth", "date-of-birth-out-of-range", EARLIEST_BIRTH, today));
    }
    if (sex == null) {
      violations.add(Violation.at("/sex", "required"));
    }
    String number = personalId == null ? null : personalId.strip();
    if (number != null && number.isEmpty()) {
      number = null;
    }
    if (number != null) {
      violations.addAll(PersonalId.check("/personalId", number, dateOfBirth, sex));
    }
    if (personalIdVerified && number == null) {
      violations.add(Violation.at("/personalIdVerified", "personal-id-missing"));
    }
    if (violations.size() > before) {
      return null;
    }
    return new Identity(name, dateOfBirth, place, sex, number, personalIdVerified);
  }
}
