package vn.edu.platform.plan.orgunit.adapter.in.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.orgunit.application.port.in.ChangeOrgDirectoryUseCase;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands.CreateOrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.ImportRowRejectedException;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.security.Roles;

/**
 * Import of the unit code lists the department already keeps (danh mục đơn vị), as CSV or XLSX. A
 * parent must come before its children (in the file or already in the directory); a known code is
 * updated, and moved when its parent differs, from the row's date.
 */
@Component
class OrgUnitImport implements ImportDefinition<CreateOrgUnit> {

  static final String TYPE = "org-units";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z0-9.-]{1,31}");
  private static final Pattern ADMINISTRATIVE_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

  private final ChangeOrgDirectoryUseCase directory;

  OrgUnitImport(ChangeOrgDirectoryUseCase directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Danh mục đơn vị (organisation units)";
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(
        ImportColumn.required("code", "Mã đơn vị", "Unit code, unique for ever", "S311002"),
        ImportColumn.required("name", "Tên đơn vị", "Official name", "Trường Tiểu học Hồng Bàng"),
        ImportColumn.required(
            "kind",
            "Loại đơn vị",
            "DEPARTMENT, DIVISION, DISTRICT, COMMUNE, PEOPLES_COMMITTEE or SCHOOL",
            "SCHOOL"),
        ImportColumn.optional(
            "schoolLevel",
            "Cấp học",
            "Schools only: PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, MULTI_LEVEL, CONTINUING_EDUCATION",
            "PRIMARY"),
        ImportColumn.optional(
            "ownership", "Loại hình", "Schools only: PUBLIC or PRIVATE", "PUBLIC"),
        ImportColumn.optional(
            "administrativeCode",
            "Mã hành chính",
            "National code of a commune (5 digits) or district (3)",
            ""),
        ImportColumn.optional(
            "parentCode",
            "Mã đơn vị cấp trên",
            "Code of the parent unit; empty for the department",
            "X11311"),
        ImportColumn.required(
            "validFrom", "Hiệu lực từ", "First day (yyyy-MM-dd or dd/MM/yyyy)", "2025-07-01"));
  }

  @Override
  public RowOutcome<CreateOrgUnit> parse(ImportRow row) {
    RowChecks check = row.check();
    String code = check.matching("code", true, CODE);
    String name = check.text("name", true, 200);
    String kind = check.oneOf("kind", true, names(OrgUnitKind.values()));
    String level = check.oneOf("schoolLevel", false, names(SchoolLevel.values()));
    String ownership = check.oneOf("ownership", false, names(Ownership.values()));
    String adminCode = check.matching("administrativeCode", false, ADMINISTRATIVE_CODE);
    String parent = check.matching("parentCode", false, CODE);
    var validFrom = check.date("validFrom", true);
    if ("SCHOOL".equals(kind) && level == null && row.get("schoolLevel") == null) {
      check.reject("schoolLevel", "required", "A school needs its level");
    }
    if ("SCHOOL".equals(kind) && ownership == null && row.get("ownership") == null) {
      check.reject("ownership", "required", "A school is PUBLIC or PRIVATE");
    }
    if (kind != null && !"SCHOOL".equals(kind) && (level != null || ownership != null)) {
      check.reject("schoolLevel", "school-only", "Only schools have a level and an ownership");
    }
    if (kind != null
        && !"DEPARTMENT".equals(kind)
        && parent == null
        && row.get("parentCode") == null) {
      check.reject("parentCode", "required", "Every unit but the department has a parent");
    }
    return check.outcome(
        () ->
            new CreateOrgUnit(
                code,
                name,
                OrgUnitKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                level == null ? null : SchoolLevel.valueOf(level.toUpperCase(Locale.ROOT)),
                ownership == null ? null : Ownership.valueOf(ownership.toUpperCase(Locale.ROOT)),
                adminCode,
                parent,
                validFrom));
  }

  @Override
  public void apply(List<CreateOrgUnit> validRows, ImportContext context) {
    try {
      directory.upsert(validRows);
    } catch (RuleViolation | AlreadyExists refused) {
      // The framework narrows the chunk down to the offending row and reports it there; the
      // directory names one field per refusal, as a pointer ("/parentCode") where a row has
      // columns.
      Violation violation = refused.violations().getFirst();
      throw new ImportRowRejectedException(
          violation.code(), violation.pointer().substring(1), violation.defaultMessage());
    }
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of(Roles.DEPT_ADMIN);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
