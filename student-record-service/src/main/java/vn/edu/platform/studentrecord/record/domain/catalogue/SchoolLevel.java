package vn.edu.platform.studentrecord.record.domain.catalogue;

/**
 * The level of general education (cấp học) a grade belongs to; it decides which circular assesses
 * the grade's records.
 */
public enum SchoolLevel {
  /** Primary (tiểu học), grades 1-5, assessed under Circular 27/2020/TT-BGDĐT. */
  PRIMARY,
  /** Lower secondary (trung học cơ sở), grades 6-9, assessed under Circular 22/2021/TT-BGDĐT. */
  LOWER_SECONDARY,
  /** Upper secondary (trung học phổ thông), grades 10-12, assessed under Circular 22/2021. */
  UPPER_SECONDARY;

  /** The level of a grade of general education. */
  public static SchoolLevel ofGrade(int grade) {
    if (grade >= 1 && grade <= 5) {
      return PRIMARY;
    }
    if (grade >= 6 && grade <= 9) {
      return LOWER_SECONDARY;
    }
    if (grade >= 10 && grade <= 12) {
      return UPPER_SECONDARY;
    }
    throw new IllegalArgumentException("grade " + grade + " is not a grade of general education");
  }

  /** Whether Circular 22/2021 (scores, learning result and conduct) assesses the level. */
  public boolean secondary() {
    return this != PRIMARY;
  }
}
