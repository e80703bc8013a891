package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The competencies (năng lực) of the 2018 general education curriculum that a primary record
 * assesses (Circular 27/2020, Art. 3 and 6): three general (năng lực chung) and seven specific
 * (năng lực đặc thù).
 */
public enum Competency {
  /** Tự chủ và tự học. */
  SELF_RELIANCE_AND_SELF_STUDY("Tự chủ và tự học", true),
  /** Giao tiếp và hợp tác. */
  COMMUNICATION_AND_COLLABORATION("Giao tiếp và hợp tác", true),
  /** Giải quyết vấn đề và sáng tạo. */
  PROBLEM_SOLVING_AND_CREATIVITY("Giải quyết vấn đề và sáng tạo", true),
  /** Ngôn ngữ. */
  LANGUAGE("Ngôn ngữ", false),
  /** Tính toán. */
  MATHEMATICS("Tính toán", false),
  /** Khoa học. */
  SCIENCE("Khoa học", false),
  /** Công nghệ. */
  TECHNOLOGY("Công nghệ", false),
  /** Tin học. */
  INFORMATICS("Tin học", false),
  /** Thẩm mĩ. */
  AESTHETICS("Thẩm mĩ", false),
  /** Thể chất. */
  PHYSICAL("Thể chất", false);

  /** The first grade with the subject Tin học và Công nghệ of the 2018 curriculum. */
  private static final int FIRST_GRADE_OF_TECHNOLOGY_AND_INFORMATICS = 3;

  private final String vietnameseName;
  private final boolean general;

  Competency(String vietnameseName, boolean general) {
    this.vietnameseName = vietnameseName;
    this.general = general;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Whether it is one of the three general competencies rather than a specific one. */
  public boolean general() {
    return general;
  }

  /**
   * Whether a complete record of the grade must assess it. Technology and informatics are formed
   * through the subject Tin học và Công nghệ, taught from grade 3: our reading is that the records
   * of grades 1 and 2 may leave them out (if given, they count like every other competency).
   */
  public boolean requiredIn(int grade) {
    return (this != TECHNOLOGY && this != INFORMATICS)
        || grade >= FIRST_GRADE_OF_TECHNOLOGY_AND_INFORMATICS;
  }
}
