package vn.edu.platform.studentrecord.extract.domain;

/**
 * In which capacity someone had an extract issued: as staff of the school that owns the record, for
 * the department, as a government system with the province-wide read role, or as a guardian linked
 * to the student.
 */
public enum IssuerRole {
  /** Hiệu trưởng of the owning school. */
  PRINCIPAL("Hiệu trưởng", true),
  /** The owning school's administrator (cán bộ quản lý, văn thư). */
  SCHOOL_ADMIN("Cán bộ quản lý nhà trường", true),
  /** A teacher of the owning school. */
  TEACHER("Giáo viên", true),
  /** Staff of the department (Sở Giáo dục và Đào tạo). */
  DEPARTMENT("Cán bộ Sở Giáo dục và Đào tạo", true),
  /** A government system entitled to read every record of the province. */
  GOVERNMENT_SYSTEM("Hệ thống thông tin được kết nối", false),
  /** A parent or guardian (cha mẹ, người giám hộ) whom the school linked to the student. */
  GUARDIAN("Cha mẹ hoặc người giám hộ học sinh", false);

  private final String vietnameseName;
  private final boolean loginPrinted;

  IssuerRole(String vietnameseName, boolean loginPrinted) {
    this.vietnameseName = vietnameseName;
    this.loginPrinted = loginPrinted;
  }

  /** How the extract names the capacity. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Whether the extract prints the issuer's login beside the capacity: staff act under the login
   * their unit gave them; a citizen's login may be a personal number, and a system has none.
   */
  public boolean loginPrinted() {
    return loginPrinted;
  }
}
