package vn.edu.platform.plan.orgunit.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit of the organisation tree: the department, a division, a (former) district, a commune, a
 * People's Committee or a school.
 *
 * @param code the sector's unit code, stable for the unit's life (e.g. {@code SGD31}, {@code
 *     X11311}, {@code S311002})
 * @param name official name, NFC-normalised
 * @param schoolLevel for schools only
 * @param ownership for schools only
 * @param administrativeCode national administrative code, for communes, districts and People's
 *     Committees
 * @param validFrom first day the unit exists
 * @param validTo last day the unit exists (inclusive), or null while it exists
 * @param successorCodes units that took over when it was merged or split
 * @param revision increases with every change; replicas apply only newer revisions
 */
public record OrgUnit(
    String code,
    String name,
    OrgUnitKind kind,
    SchoolLevel schoolLevel,
    Ownership ownership,
    String administrativeCode,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> successorCodes,
    long revision) {

  public static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z0-9.-]{1,31}");
  private static final Pattern ADMINISTRATIVE_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

  public OrgUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    if (code == null || !CODE.matcher(code).matches()) {
      throw OrgDirectory.refusal(
          "/code",
          "invalid-code",
          "A unit code is 2-32 letters, digits, '.' or '-', starting with a capital letter");
    }
    name = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (name.isEmpty() || name.length() > 200) {
      throw OrgDirectory.refusal(
          "/name", "invalid-name", "A unit needs a name of 1-200 characters");
    }
    if ((kind == OrgUnitKind.SCHOOL) != (schoolLevel != null)) {
      throw OrgDirectory.refusal(
          "/schoolLevel", "school-level", "Schools, and only schools, have a school level");
    }
    if (kind == OrgUnitKind.SCHOOL && ownership == null) {
      throw OrgDirectory.refusal("/ownership", "required", "A school is public or private");
    }
    if (kind != OrgUnitKind.SCHOOL && ownership != null) {
      throw OrgDirectory.refusal("/ownership", "school-only", "Only schools have an ownership");
    }
    if (administrativeCode != null) {
      administrativeCode = administrativeCode.strip();
      if (!kind.carriesAdministrativeCode()
          || !ADMINISTRATIVE_CODE.matcher(administrativeCode).matches()) {
        throw OrgDirectory.refusal(
            "/administrativeCode",
            "invalid-administrative-code",
            "A national administrative code (2, 3 or 5 digits) belongs to communes, districts and People's Committees");
      }
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw OrgDirectory.refusal(
          "/validTo", "before-valid-from", "A unit cannot end before it starts");
    }
    successorCodes = List.copyOf(successorCodes == null ? List.of() : successorCodes);
    if (revision < 1) {
      throw new IllegalArgumentException("revision starts at 1");
    }
  }

  public boolean isValidOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  OrgUnit withRevision(long newRevision) {
    return new OrgUnit(
        code,
        name,
        kind,
        schoolLevel,
        ownership,
        administrativeCode,
        validFrom,
        validTo,
        successorCodes,
        newRevision);
  }

  OrgUnit ended(LocalDate lastDay, List<String> successors, long newRevision) {
    return new OrgUnit(
        code,
        name,
        kind,
        schoolLevel,
        ownership,
        administrativeCode,
        validFrom,
        lastDay,
        successors,
        newRevision);
  }

  OrgUnit reopened(long newRevision) {
    return new OrgUnit(
        code,
        name,
        kind,
        schoolLevel,
        ownership,
        administrativeCode,
        validFrom,
        null,
        List.of(),
        newRevision);
  }

  OrgUnit describedAs(
      String newName, SchoolLevel level, Ownership owner, String adminCode, long newRevision) {
    return new OrgUnit(
        code,
        newName,
        kind,
        level,
        owner,
        adminCode,
        validFrom,
        validTo,
        successorCodes,
        newRevision);
  }
}
