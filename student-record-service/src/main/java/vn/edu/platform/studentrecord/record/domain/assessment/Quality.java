package vn.edu.platform.studentrecord.record.domain.assessment;

/**
 * The five principal qualities (phẩm chất chủ yếu) of the 2018 general education curriculum that a
 * primary record assesses (Circular 27/2020, Art. 3 and 6).
 */
public enum Quality {
  /** Yêu nước. */
  PATRIOTISM("Yêu nước"),
  /** Nhân ái. */
  COMPASSION("Nhân ái"),
  /** Chăm chỉ. */
  DILIGENCE("Chăm chỉ"),
  /** Trung thực. */
  HONESTY("Trung thực"),
  /** Trách nhiệm. */
  RESPONSIBILITY("Trách nhiệm");

  private final String vietnameseName;

  Quality(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The name the học bạ prints. */
  public String vietnameseName() {
    return vietnameseName;
  }
}
