package vn.edu.platform.studentrecord.record.domain.catalogue;

import static java.util.Objects.requireNonNull;

/**
 * A subject or educational activity (môn học, hoạt động giáo dục) of one grade's curriculum.
 *
 * @param code stable key, e.g. {@code toan}, {@code ngu-van}; the same subject keeps its code in
 *     every grade
 * @param name its Vietnamese name as the curriculum writes it, e.g. {@code Toán}
 * @param yearlyPeriods periods a year (số tiết/năm học) in the curriculum of the grade
 * @param kind how it is assessed
 * @param elective whether it is one of the subjects a student chooses (upper secondary's elective
 *     groups, primary's optional foreign language), rather than compulsory
 */
public record Subject(
    String code, String name, int yearlyPeriods, AssessmentKind kind, boolean elective) {

  public Subject {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    if (yearlyPeriods <= 0) {
      throw new IllegalArgumentException("subject " + code + ": yearly periods must be positive");
    }
  }

  /**
   * The number of regular assessments (ĐĐGtx) a semester of a scored subject holds: 2 for a subject
   * of at most 35 periods a year, 3 for 36-70 and 4 above 70 (Circular 22/2021, Art. 7.1.b); 0 for
   * a subject that is not {@link AssessmentKind#SCORED}.
   */
  public int regularAssessmentsPerSemester() {
    if (kind != AssessmentKind.SCORED) {
      return 0;
    }
    if (yearlyPeriods <= 35) {
      return 2;
    }
    return yearlyPeriods <= 70 ? 3 : 4;
  }
}
