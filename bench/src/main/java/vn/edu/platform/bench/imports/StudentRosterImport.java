package vn.edu.platform.bench.imports;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;

/**
 * A student roster import (danh sách học sinh) as a school would upload it: the kind of definition
 * a service writes, with realistic validation and a batched insert.
 */
final class StudentRosterImport implements ImportDefinition<StudentRosterImport.Student> {

  static final String TYPE = "student-roster";
  static final String TABLE = "bench_student";

  private static final Pattern STUDENT_CODE = Pattern.compile("HS[0-9]{8}");
  private static final Pattern SCHOOL_CODE = Pattern.compile("S[0-9]{6}");
  private static final Pattern CLASS_NAME = Pattern.compile("[0-9]{1,2}[A-Z][0-9]{0,2}");
  private static final Pattern PHONE = Pattern.compile("0[35789][0-9]{8}");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final JdbcTemplate jdbc;

  StudentRosterImport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Student(
      String code,
      String fullName,
      LocalDate birthDate,
      String gender,
      String schoolCode,
      String className,
      String parentPhone,
      String address) {}

  static String createTable() {
    return "CREATE TABLE "
        + TABLE
        + " (code TEXT PRIMARY KEY, full_name TEXT NOT NULL, birth_date DATE NOT NULL,"
        + " gender TEXT NOT NULL, school_code TEXT NOT NULL, class_name TEXT NOT NULL,"
        + " parent_phone TEXT, address TEXT, job_id UUID NOT NULL)";
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Danh sách học sinh";
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(
        ImportColumn.required("code", "Mã học sinh", "HS và 8 chữ số", "HS00000001"),
        ImportColumn.required("fullName", "Họ và tên", "Họ tên đầy đủ", "Nguyễn Thị Thu Hà"),
        ImportColumn.required("birthDate", "Ngày sinh", "dd/mm/yyyy", "05/09/2012"),
        ImportColumn.required("gender", "Giới tính", "Nam hoặc Nữ", "Nữ"),
        ImportColumn.required("schoolCode", "Mã trường", "S và 6 chữ số", "S311002"),
        ImportColumn.required("className", "Lớp", "Ví dụ 6A1", "6A1"),
        ImportColumn.optional("parentPhone", "Số điện thoại phụ huynh", "10 chữ số", "0912345678"),
        ImportColumn.optional("address", "Địa chỉ", "Nơi ở hiện tại", "Số 5, phố Lê Lợi"));
  }

  @Override
  public RowOutcome<Student> parse(ImportRow row) {
    RowChecks check = row.check();
    String code = check.matching("code", true, STUDENT_CODE);
    String fullName = check.text("fullName", true, 100);
    LocalDate birthDate = check.date("birthDate", true);
    if (birthDate != null && (birthDate.isBefore(EARLIEST) || birthDate.isAfter(LocalDate.now()))) {
      check.reject("birthDate", "out-of-range", "Ngày sinh không hợp lý.");
    }
    String gender = check.oneOf("gender", true, List.of("Nam", "Nữ"));
    String schoolCode = check.matching("schoolCode", true, SCHOOL_CODE);
    String className = check.matching("className", true, CLASS_NAME);
    String phone = check.matching("parentPhone", false, PHONE);
    String address = check.text("address", false, 300);
    return check.outcome(
        () ->
            new Student(code, fullName, birthDate, gender, schoolCode, className, phone, address));
  }

  @Override
  public void apply(List<Student> validRows, ImportContext context) {
    jdbc.batchUpdate(
        "INSERT INTO "
            + TABLE
            + " (code, full_name, birth_date, gender, school_code, class_name, parent_phone,"
            + " address, job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        validRows,
        validRows.size(),
        (ps, s) -> {
          ps.setString(1, s.code());
          ps.setString(2, s.fullName());
          ps.setDate(3, Date.valueOf(s.birthDate()));
          ps.setString(4, s.gender());
          ps.setString(5, s.schoolCode());
          ps.setString(6, s.className());
          ps.setString(7, s.parentPhone());
          ps.setString(8, s.address());
          ps.setObject(9, context.jobId());
        });
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of("school-admin", "dept-admin");
  }
}
