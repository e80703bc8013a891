package vn.edu.platform.plan.orgunit.domain;

import java.util.Set;

/** What a unit of the organisation tree is, and under which kinds of unit it may sit. */
public enum OrgUnitKind {
  /** The provincial Department of Education and Training (Sở GD&ĐT), root of the tree. */
  DEPARTMENT,
  /** A division (phòng) of the department. */
  DIVISION,
  /** A district (huyện, quận, thị xã) of the tree before 1 July 2025. */
  DISTRICT,
  /** A commune-level unit (xã, phường, đặc khu). */
  COMMUNE,
  /** The People's Committee (Ủy ban nhân dân) of a commune, acting in plans. */
  PEOPLES_COMMITTEE,
  /** A school or a continuing-education centre. */
  SCHOOL;

  /** Kinds this kind may have as parent (empty: a root). */
  public Set<OrgUnitKind> allowedParents() {
    return switch (this) {
      case DEPARTMENT -> Set.of();
      case DIVISION, DISTRICT -> Set.of(DEPARTMENT);
      // Since 1 July 2025 communes sit directly under the department; before, under a district.
      case COMMUNE -> Set.of(DEPARTMENT, DISTRICT);
      case PEOPLES_COMMITTEE -> Set.of(COMMUNE, DISTRICT);
      // Preschools to lower secondary under a commune (or a district before 2025); upper
      // secondary schools and continuing-education centres directly under the department.
      case SCHOOL -> Set.of(COMMUNE, DISTRICT, DEPARTMENT);
    };
  }

  public boolean carriesAdministrativeCode() {
    return this == COMMUNE || this == DISTRICT || this == PEOPLES_COMMITTEE;
  }
}
