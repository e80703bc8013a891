package vn.edu.platform.studentrecord.student.adapter.in.imports;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.ImportRowRejectedException;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.studentrecord.student.application.port.in.ImportStudentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands.ImportStudent;
import vn.edu.platform.studentrecord.student.domain.Identity;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.Sex;
import vn.edu.platform.studentrecord.student.domain.StudentRules;

/**
 * Import type {@code students}: a school registers and enrols its students from one CSV or XLSX
 * file, a row per student with the class of a school year (created when the school has none of that
 * name). Each row is checked completely as it is read (identity rules, the personal identification
 * number's structure, the school year); a student code twice in the file is a row error on its
 * second row; a student registered already with the same data and enrolled in the class is left as
 * it is, so uploading the same file again changes nothing. Only the school's administrator and
 * principal upload, for their own school.
 */
@Component
class StudentImport implements ImportDefinition<ImportStudent> {

  static final String TYPE = "students";
  private static final Pattern STUDENT_CODE = Pattern.compile("[0-9]{10}");
  private static final List<String> SEXES = List.of("Nam", "Nữ", "MALE", "FEMALE");

  private final ImportStudentsUseCase students;
  private final Clock clock;

  StudentImport(ImportStudentsUseCase students, Clock clock) {
    this.students = students;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Danh sách học sinh (students and their classes)";
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(
        ImportColumn.required(
            "studentCode",
            "Mã định danh học sinh",
            "Student code of the sector database, 10 digits",
            "3110250001"),
        ImportColumn.required("fullName", "Họ và tên", "Full name", "Nguyễn Thị Ánh"),
        ImportColumn.required(
            "dateOfBirth",
            "Ngày sinh",
            "Date of birth (yyyy-MM-dd or dd/MM/yyyy), from 1990",
            "14/03/2015"),
        ImportColumn.required("sex", "Giới tính", "Nam or Nữ (MALE or FEMALE)", "Nữ"),
        ImportColumn.required("placeOfBirth", "Nơi sinh", "Place of birth", "Hải Phòng"),
        ImportColumn.optional(
            "personalId",
            "Số định danh cá nhân",
            "Personal identification number (CCCD), 12 digits, when known",
            "031315000123"),
        ImportColumn.required("schoolYear", "Năm học", "School year, e.g. 2025-2026", "2025-2026"),
        ImportColumn.required("grade", "Khối", "Grade of the class, 1-12", "5"),
        ImportColumn.required(
            "className", "Lớp", "The class's name; created when the school has none", "5A1"),
        ImportColumn.optional(
            "startDate",
            "Ngày vào lớp",
            "First day in the class; the school year's opening day (5 September) when empty",
            ""));
  }

  @Override
  public RowOutcome<ImportStudent> parse(ImportRow row) {
    RowChecks check = row.check();
    String code = check.matching("studentCode", true, STUDENT_CODE);
    String name = check.text("fullName", true, 200);
    LocalDate dateOfBirth = check.date("dateOfBirth", true);
    String sexText = check.oneOf("sex", true, SEXES);
    String place = check.text("placeOfBirth", true, 200);
    String personalId = check.text("personalId", false, 12);
    String yearText = check.text("schoolYear", true, 9);
    Long grade = check.integer("grade", true, 1, 12);
    String className = check.text("className", true, 30);
    LocalDate startDate = check.date("startDate", false);
    Sex sex = sexText == null ? null : sexOf(sexText);
    if (yearText != null && SchoolYear.parse(yearText).isEmpty()) {
      reject(check, row, new Violation("/schoolYear", "school-year-format", null, List.of()));
    }
    if (name != null && dateOfBirth != null && place != null && sex != null) {
      List<Violation> violations = new ArrayList<>();
      Identity.checked(
          name, dateOfBirth, place, sex, personalId, false, PlatformTime.today(clock), violations);
      violations.forEach(v -> reject(check, row, v));
    }
    return check.outcome(
        () ->
            new ImportStudent(
                row.rowNumber(),
                code,
                name,
                dateOfBirth,
                sex,
                place,
                personalId,
                yearText,
                grade.intValue(),
                StudentRules.text(className),
                startDate));
  }

  @Override
  public void apply(List<ImportStudent> validRows, ImportContext context) {
    for (ImportStudent row : validRows) {
      try {
        students.importRow(
            context.orgUnit() == null ? "" : context.orgUnit(), context.jobId(), row);
      } catch (ApplicationException refused) {
        // the framework isolates the row by bisection and reports it with this code and column
        Violation violation =
            refused.violations().isEmpty() ? null : refused.violations().getFirst();
        String column = violation == null ? null : column(violation.pointer());
        String code = violation == null ? refused.code() : violation.code();
        throw new ImportRowRejectedException(
            code,
            column,
            violation == null
                ? text(Locale.forLanguageTag("vi"), "problem." + code + ".title", List.of())
                : message(Locale.forLanguageTag("vi"), violation));
      }
    }
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of(Roles.SCHOOL_ADMIN, Roles.PRINCIPAL);
  }

  private static Sex sexOf(String value) {
    return value.equals("Nam") || value.equals("MALE") ? Sex.MALE : Sex.FEMALE;
  }

  private static void reject(RowChecks check, ImportRow row, Violation violation) {
    check.reject(column(violation.pointer()), violation.code(), message(row.locale(), violation));
  }

  /** The column key of a rule's pointer ({@code /dateOfBirth} → {@code dateOfBirth}). */
  private static String column(String pointer) {
    if (pointer == null || pointer.length() < 2) {
      return null;
    }
    String key = pointer.substring(1);
    return switch (key) {
      case "name", "classId" -> "className";
      case "personalIdVerified" -> "personalId";
      default -> key;
    };
  }

  /** The violation's text in the report's language, from the service's message bundle. */
  private static String message(Locale locale, Violation violation) {
    if (violation.defaultMessage() != null) {
      return violation.defaultMessage();
    }
    return text(locale, "violation." + violation.code(), violation.args());
  }

  private static String text(Locale locale, String key, List<Object> args) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle("i18n/messages", locale, StudentImport.class.getClassLoader());
      if (!bundle.containsKey(key)) {
        return key;
      }
      return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
