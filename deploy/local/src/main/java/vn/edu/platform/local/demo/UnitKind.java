package vn.edu.platform.local.demo;

/** What an organisation unit is, as the org-directory import of plan-service names it. */
public enum UnitKind {
  /** The provincial Department of Education and Training (Sở GD&ĐT): the root. */
  DEPARTMENT,
  /** A division inside the department (phòng, văn phòng, thanh tra). */
  DIVISION,
  /** A commune-level administrative unit (xã, phường, đặc khu). */
  COMMUNE,
  /** A commune People's Committee (UBND cấp xã). */
  PEOPLES_COMMITTEE,
  /** A school or an education centre. */
  SCHOOL,
  /**
   * A district (quận, huyện, thị xã, thành phố thuộc tỉnh): only in the tree before 1 July 2025,
   * when Vietnam removed the district level.
   */
  DISTRICT
}
