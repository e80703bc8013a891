package vn.edu.platform.starter.org;

/**
 * The little a service needs to know of a unit to decide access: its code, kind and parent.
 *
 * @param kind one of DEPARTMENT, DIVISION, COMMUNE, PEOPLES_COMMITTEE, SCHOOL
 */
public record OrgUnitRef(String code, String kind, String parentCode) {}
