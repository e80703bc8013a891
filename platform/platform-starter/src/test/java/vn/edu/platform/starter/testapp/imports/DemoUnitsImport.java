package vn.edu.platform.starter.testapp.imports;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;

/** A small organisation directory import, shaped like plan-service's {@code org-units}. */
@Component
public class DemoUnitsImport implements ImportDefinition<DemoUnitsImport.Unit> {

  public static final String TYPE = "demo-units";
  private static final Pattern CODE = Pattern.compile("[A-Z][0-9A-Z]{6}");

  private final JdbcTemplate jdbc;

  public DemoUnitsImport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One valid row. */
  public record Unit(String code, String name, LocalDate founded, Long students, String kind) {}

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Danh mục đơn vị (thử nghiệm)";
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(
        ImportColumn.required(
            "code", "Mã đơn vị", "Mã định danh, 7 ký tự, ví dụ S311002", "S311002"),
        ImportColumn.required(
            "name", "Tên đơn vị", "Tên đầy đủ của đơn vị", "Trường Tiểu học Hồng Bàng"),
        ImportColumn.optional("founded", "Ngày thành lập", "dd/mm/yyyy", "05/09/1998"),
        ImportColumn.optional("students", "Số học sinh", "Số nguyên từ 0 đến 100000", "850"),
        ImportColumn.optional("kind", "Loại hình", "Công lập hoặc Tư thục", "Công lập"));
  }

  @Override
  public RowOutcome<Unit> parse(ImportRow row) {
    RowChecks check = row.check();
    String code = check.matching("code", true, CODE);
    String name = check.text("name", true, 200);
    LocalDate founded = check.date("founded", false);
    Long students = check.integer("students", false, 0, 100_000);
    String kind = check.oneOf("kind", false, List.of("Công lập", "Tư thục"));
    return check.outcome(() -> new Unit(code, name, founded, students, kind));
  }

  @Override
  public void apply(List<Unit> validRows, ImportContext context) {
    jdbc.batchUpdate(
        """
        INSERT INTO import_demo_unit (code, name, founded, students, kind, org_unit, job_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)""",
        validRows,
        validRows.size(),
        (ps, unit) -> {
          ps.setString(1, unit.code());
          ps.setString(2, unit.name());
          if (unit.founded() == null) {
            ps.setNull(3, Types.DATE);
          } else {
            ps.setDate(3, Date.valueOf(unit.founded()));
          }
          if (unit.students() == null) {
            ps.setNull(4, Types.INTEGER);
          } else {
            ps.setInt(4, unit.students().intValue());
          }
          ps.setString(5, unit.kind());
          ps.setString(6, context.orgUnit());
          ps.setObject(7, context.jobId());
        });
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of("school-admin", "dept-admin", "dept-officer");
  }
}
