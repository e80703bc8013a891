package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The learning result (kết quả học tập) of a semester or a year, grades 6-12 (Circular 22/2021,
 * Art. 9.2). Declared from the best to the worst: {@link #compareTo} orders worse levels after
 * better ones, and {@link #atLeast} reads the order the way the circular does.
 */
public enum LearningLevel {
  /** Tốt. */
  GOOD("Tốt"),
  /** Khá. */
  FAIR("Khá"),
  /** Đạt. */
  PASS("Đạt"),
  /** Chưa đạt. */
  FAIL("Chưa đạt");

  private final String vietnameseName;

  LearningLevel(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Whether this level is {@code other} or better. */
  public boolean atLeast(LearningLevel other) {
    return ordinal() <= other.ordinal();
  }

  /** How many steps this level lies above {@code other}; negative when below it. */
  public int stepsAbove(LearningLevel other) {
    return other.ordinal() - ordinal();
  }

  /** The next better level; {@link #GOOD} stays {@link #GOOD}. */
  public LearningLevel oneStepUp() {
    return this == GOOD ? GOOD : values()[ordinal() - 1];
  }
}
