package vn.edu.platform.events.studentrecord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of codes the student events share, checked the same way by producer and consumer. */
final class SchoolYears {

  private static final Pattern SCHOOL_YEAR = Pattern.compile("([0-9]{4})-([0-9]{4})");
  private static final Pattern STUDENT_CODE = Pattern.compile("[0-9]{10}");

  private SchoolYears() {}

  /** A school year written {@code 2025-2026}: two years, the second the first plus one. */
  static String schoolYear(String value, String field) {
    Matcher matcher = SCHOOL_YEAR.matcher(value);
    if (!matcher.matches()
        || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
      throw new IllegalArgumentException(field + " is a school year such as 2025-2026");
    }
    return value;
  }

  /** A student code: ten digits. */
  static String studentCode(String value, String field) {
    if (!STUDENT_CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " is ten digits");
    }
    return value;
  }

  /** A grade of general education, 1 to 12. */
  static int grade(int value, String field) {
    if (value < 1 || value > 12) {
      throw new IllegalArgumentException(field + " is between 1 and 12");
    }
    return value;
  }
}
