package vn.edu.platform.studentrecord.student.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.edu.platform.kernel.Violation;

/**
 * The structure of a personal identification number (số định danh cá nhân, on the citizen card
 * CCCD), checked against the date of birth and the sex it was issued for (Circular 07/2016/TT-BCA,
 * Article 7, kept by Circular 59/2021/TT-BCA; docs/domain.md, Identifiers):
 *
 * <ul>
 *   <li>12 digits ({@code personal-id-format});
 *   <li>digits 1-3: the province of the birth registration, one of the 63 codes of {@link
 *       BirthRegistrationProvinces} ({@code personal-id-province});
 *   <li>digit 4: century of birth and sex — 0 male / 1 female for 1900-1999, 2 / 3 for 2000-2099, 4
 *       / 5 for 2100-2199 (and 6-9 for the two centuries after) — a wrong parity is {@code
 *       personal-id-sex-mismatch}, a wrong century {@code personal-id-birth-year-mismatch};
 *   <li>digits 5-6: the last two digits of the year of birth ({@code
 *       personal-id-birth-year-mismatch});
 *   <li>digits 7-12: a random number, not checked.
 * </ul>
 *
 * The number is personal data: violations never repeat it.
 */
public final class PersonalId {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{12}");

  private PersonalId() {}

  /**
   * The violations of {@code personalId} at {@code pointer}; none for a well-formed number of a
   * person born on {@code dateOfBirth} with {@code sex} (either may be null when unknown: then only
   * the number's own structure is checked).
   */
  public static List<Violation> check(
      String pointer, String personalId, LocalDate dateOfBirth, Sex sex) {
    List<Violation> violations = new ArrayList<>();
    if (personalId == null || !FORMAT.matcher(personalId).matches()) {
      violations.add(Violation.at(pointer, "personal-id-format"));
      return violations;
    }
    if (!BirthRegistrationProvinces.isInUse(personalId.substring(0, 3))) {
      violations.add(Violation.at(pointer, "personal-id-province"));
    }
    int centuryAndSex = personalId.charAt(3) - '0';
    if (sex != null && sexOf(centuryAndSex) != sex) {
      violations.add(Violation.at(pointer, "personal-id-sex-mismatch"));
    }
    if (dateOfBirth != null && yearOf(personalId) != dateOfBirth.getYear()) {
      violations.add(Violation.at(pointer, "personal-id-birth-year-mismatch"));
    }
    return violations;
  }

  /** The year of birth the number encodes: its century from digit 4, its last digits 5-6. */
  static int yearOf(String personalId) {
    int centuryAndSex = personalId.charAt(3) - '0';
    return 1900 + 100 * (centuryAndSex / 2) + Integer.parseInt(personalId.substring(4, 6));
  }

  /** Even digits are men's, odd ones women's. */
  static Sex sexOf(int centuryAndSex) {
    return centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }
}
