package vn.edu.platform.studentrecord.student.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;

/**
 * The student feature's rule set and the text conventions it keeps: a request that breaks a rule
 * answers 422 {@code student-rule} with one error per field. Vietnamese text is stored stripped and
 * NFC-normalised and searched without diacritics (docs/architecture.md, HTTP conventions).
 */
public final class StudentRules {

  /** The code of the feature's rule violations. */
  public static final String RULES = "student-rule";

  /** The student code (mã định danh học sinh) of the sector database: ten digits. */
  public static final Pattern STUDENT_CODE = Pattern.compile("[0-9]{10}");

  /** A login of the platform's realm (Keycloak username), e.g. {@code gv.s311002}. */
  public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private StudentRules() {}

  /** A violation of one rule, at {@code pointer}. */
  public static RuleViolation refusal(String pointer, String code, Object... args) {
    return new RuleViolation(RULES, Violation.at(pointer, code, args));
  }

  /** Throws the violations collected, if any. */
  public static void throwIfAny(List<Violation> violations) {
    RuleViolation.throwIfAny(RULES, violations);
  }

  /** Stripped, inner white space collapsed, NFC; null or blank becomes null. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    String text =
        SPACES.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFC)).replaceAll(" ");
    return text.isEmpty() ? null : text;
  }

  /** Lower case without diacritics ({@code đ} as {@code d}): "Nguyễn Thị Ánh" finds "anh". */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    return SPACES
        .matcher(
            MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .strip())
        .replaceAll(" ");
  }

  /**
   * The order of a class list: Vietnamese lists sort by the given name (the last word), then by the
   * whole name, both without diacritics.
   */
  public static String sortKey(String fullName) {
    String folded = fold(fullName);
    int space = folded.lastIndexOf(' ');
    return (space < 0 ? folded : folded.substring(space + 1)) + " " + folded;
  }

  /** Adds {@code required} or {@code too-long} at {@code pointer}; returns the normalised text. */
  static String checkText(
      String pointer, String value, boolean required, int maxLength, List<Violation> violations) {
    String text = text(value);
    if (text == null) {
      if (required) {
        violations.add(Violation.at(pointer, "required"));
      }
      return null;
    }
    if (text.length() > maxLength) {
      violations.add(Violation.at(pointer, "too-long", maxLength));
    }
    return text;
  }

  /** Adds {@code student-code-format} unless the code is ten digits. */
  public static void checkStudentCode(String pointer, String code, List<Violation> violations) {
    if (code == null || !STUDENT_CODE.matcher(code).matches()) {
      violations.add(Violation.at(pointer, "student-code-format"));
    }
  }

  /** Adds {@code login-format} unless the login is a realm login (a null login is left alone). */
  static void checkLogin(String pointer, String login, List<Violation> violations) {
    if (login != null && !LOGIN.matcher(login).matches()) {
      violations.add(Violation.at(pointer, "login-format"));
    }
  }
}
