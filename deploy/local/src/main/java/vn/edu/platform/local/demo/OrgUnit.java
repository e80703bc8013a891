package vn.edu.platform.local.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One organisation unit as a row of the org-directory import.
 *
 * @param code the unit code: {@code SGD31}, {@code SGD31-VP}, {@code X} + national commune code,
 *     {@code UB} + national commune code, {@code S} + 6 digits, {@code H} + national district code
 * @param name the official Vietnamese name, NFC-normalised
 * @param kind what the unit is
 * @param schoolLevel the level, for schools only
 * @param ownership public or private, for schools only
 * @param administrativeCode the national code of a commune (5 digits) or district (3); only these
 *     carry one, as plan-service's directory requires
 * @param parentCode the parent's code; {@code null} for a root
 * @param validFrom first day the unit and its parent link are valid
 * @param validTo last day they are valid; {@code null} while still valid
 */
public record OrgUnit(
    String code,
    String name,
    UnitKind kind,
    @Nullable SchoolLevel schoolLevel,
    @Nullable Ownership ownership,
    @Nullable String administrativeCode,
    @Nullable String parentCode,
    LocalDate validFrom,
    @Nullable LocalDate validTo) {

  public OrgUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    name = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFC);
    if ((kind == UnitKind.SCHOOL) != (schoolLevel != null && ownership != null)) {
      throw new IllegalArgumentException(
          code + ": a level and an ownership are required for schools and only for them");
    }
  }

  /** A unit that is not a school. */
  static OrgUnit unit(
      String code,
      String name,
      UnitKind kind,
      @Nullable String administrativeCode,
      @Nullable String parentCode,
      LocalDate validFrom,
      @Nullable LocalDate validTo) {
    return new OrgUnit(
        code, name, kind, null, null, administrativeCode, parentCode, validFrom, validTo);
  }

  /** A school or centre. */
  static OrgUnit school(
      String code,
      String name,
      SchoolLevel level,
      Ownership ownership,
      String parentCode,
      LocalDate validFrom,
      @Nullable LocalDate validTo) {
    return new OrgUnit(
        code, name, UnitKind.SCHOOL, level, ownership, null, parentCode, validFrom, validTo);
  }

  /** The same unit with another parent and validity (its link in another period's tree). */
  OrgUnit asOf(@Nullable String parent, LocalDate from, @Nullable LocalDate to) {
    return new OrgUnit(
        code, name, kind, schoolLevel, ownership, administrativeCode, parent, from, to);
  }
}
