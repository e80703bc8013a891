package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the organisation tree as the other features read it. It carries what plans and reports
 * decide with (kind, school level, validity and successors); the directory's own details
 * (ownership, administrative code, revision) stay in the directory.
 *
 * @param schoolLevel for schools only
 * @param validTo last day the unit exists (inclusive), or null while it exists
 * @param successorCodes units that took over when it was merged or split
 */
public record OrgUnitView(
    String code,
    String name,
    Kind kind,
    @Nullable SchoolLevel schoolLevel,
    LocalDate validFrom,
    @Nullable LocalDate validTo,
    List<String> successorCodes) {

  public OrgUnitView {
    successorCodes = List.copyOf(successorCodes);
  }

  public boolean is(Kind expected) {
    return kind == expected;
  }

  /** What a unit is. */
  public enum Kind {
    /** The provincial Department of Education and Training, root of the tree. */
    DEPARTMENT,
    /** A division (phòng) of the department. */
    DIVISION,
    /** A district of the tree before 1 July 2025. */
    DISTRICT,
    /** A commune-level unit (xã, phường, đặc khu). */
    COMMUNE,
    /** The People's Committee of a commune. */
    PEOPLES_COMMITTEE,
    /** A school or a continuing-education centre. */
    SCHOOL
  }

  /** Level of a school (cấp học). */
  public enum SchoolLevel {
    PRESCHOOL,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    /** Several levels in one school (e.g. primary and lower secondary). */
    MULTI_LEVEL,
    /** Giáo dục thường xuyên (GDTX) centre. */
    CONTINUING_EDUCATION
  }
}
