package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.edu.platform.kernel.Violation;

/**
 * A student's sensitive personal data (dữ liệu cá nhân nhạy cảm, Law 91/2025/QH15 and Decree
 * 356/2025): the ethnic group and a disability. Kept in a table of its own and served by a
 * sub-resource of its own, which only the school's administrator and principal and the department's
 * staff read; teachers, communes, government systems and citizens never do.
 *
 * <p>Rules kept here: the ethnic group is the two-digit code of the General Statistics Office's
 * list of Vietnam's 54 ethnic groups (Decision 121-TCTK/PPCĐ of 2 March 1979: 01 Kinh … 54 Ơ Đu;
 * {@code ethnicity-code}); a disability has a kind and a level, both or neither ({@code
 * disability-kind-and-level}).
 *
 * @param ethnicityCode the ethnic group's code (mã dân tộc), null when not recorded
 * @param disabilityKind null for none
 * @param disabilityLevel null for none
 * @param updatedAt when it was last set; null while nothing was ever recorded
 * @param revision 0 while nothing was recorded; send it back in {@code If-Match}
 */
public record SensitiveData(
    String studentCode,
    String ethnicityCode,
    DisabilityKind disabilityKind,
    DisabilityLevel disabilityLevel,
    Instant updatedAt,
    long revision) {

  private static final Pattern ETHNICITY = Pattern.compile("0[1-9]|[1-4][0-9]|5[0-4]");

  public SensitiveData {
    Objects.requireNonNull(studentCode, "studentCode");
  }

  /** Nothing recorded yet. */
  public static SensitiveData none(String studentCode) {
    return new SensitiveData(studentCode, null, null, null, null, 0);
  }

  /**
   * The data replaced by what the school records.
   *
   * @param schoolCode the school holding the student, for the audit trail
   */
  public Changes<SensitiveData> replacedBy(
      String ethnicity, DisabilityKind kind, DisabilityLevel level, String schoolCode, Instant at) {
    List<Violation> violations = new ArrayList<>();
    String code = StudentRules.text(ethnicity);
    if (code != null && !ETHNICITY.matcher(code).matches()) {
      violations.add(Violation.at("/ethnicityCode", "ethnicity-code"));
    }
    if ((kind == null) != (level == null)) {
      violations.add(
          Violation.at(
              kind == null ? "/disabilityKind" : "/disabilityLevel", "disability-kind-and-level"));
    }
    StudentRules.throwIfAny(violations);
    SensitiveData data = new SensitiveData(studentCode, code, kind, level, at, revision + 1);
    return Changes.of(data, new StudentEvent.SensitiveDataRecorded(data, schoolCode));
  }
}
