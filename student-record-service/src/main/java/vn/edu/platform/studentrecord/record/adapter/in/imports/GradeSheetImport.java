package vn.edu.platform.studentrecord.record.adapter.in.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.studentrecord.record.application.port.in.EnterGradeSheetUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.EnterGradeSheetUseCase.GradeSheetLine;
import vn.edu.platform.studentrecord.record.application.port.in.EnterGradeSheetUseCase.SemesterMarks;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentResult;
import vn.edu.platform.studentrecord.record.domain.assessment.ConductLevel;

/**
 * The secondary grade sheet as CSV or XLSX (bảng điểm THCS, THPT): one row per student and subject,
 * as grade books export them; the template comes from {@code GET /imports/grade-sheets/template}.
 * Scores are written as the school writes them ({@code 7,5} or {@code 7.5}; regular assessments
 * separated by {@code ;}); results and conduct in Vietnamese ({@code Đ} / {@code Đạt}, {@code CĐ} /
 * {@code Chưa đạt}, {@code T} / {@code Tốt}, ...). Each row is merged into the student's draft
 * record; a row the record's rules refuse is reported at its column and changes nothing, the others
 * are kept. The school's administrator and principal upload; the rows must be students of their
 * school.
 */
@Component
class GradeSheetImport implements ImportDefinition<GradeSheetLine> {

  static final String TYPE = "grade-sheets";

  private static final Map<String, CommentResult> RESULTS =
      Map.of(
          "đ", CommentResult.PASSED,
          "đạt", CommentResult.PASSED,
          "cđ", CommentResult.NOT_PASSED,
          "chưa đạt", CommentResult.NOT_PASSED);

  private static final Map<String, ConductLevel> CONDUCT =
      Map.of(
          "t", ConductLevel.GOOD,
          "tốt", ConductLevel.GOOD,
          "k", ConductLevel.FAIR,
          "khá", ConductLevel.FAIR,
          "đ", ConductLevel.PASS,
          "đạt", ConductLevel.PASS,
          "cđ", ConductLevel.FAIL,
          "chưa đạt", ConductLevel.FAIL);

  private final EnterGradeSheetUseCase sheets;

  GradeSheetImport(EnterGradeSheetUseCase sheets) {
    this.sheets = sheets;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Bảng điểm học bạ THCS, THPT (grade sheet, one row per student and subject)";
  }

  @Override
  public List<ImportColumn> columns() {
    List<ImportColumn> columns =
        new ArrayList<>(
            GradeSheetRows.keyColumns("3110030001", "The subject's code in the catalogue"));
    columns.addAll(
        List.of(
            ImportColumn.optional(
                "s1Regular",
                "HK1 ĐĐGtx",
                "Semester I regular assessments, separated by ;",
                "8;7,5;9;8,5"),
            ImportColumn.optional("s1MidTerm", "HK1 ĐĐGgk", "Semester I mid-term score", "8"),
            ImportColumn.optional(
                "s1EndOfTerm", "HK1 ĐĐGck", "Semester I end-of-term score", "7,5"),
            ImportColumn.optional(
                "s1Result", "HK1 Kết quả", "Comment-only subjects: Đ (Đạt) or CĐ (Chưa đạt)", ""),
            ImportColumn.optional(
                "s2Regular",
                "HK2 ĐĐGtx",
                "Semester II regular assessments, separated by ;",
                "9;8;8,5;9"),
            ImportColumn.optional("s2MidTerm", "HK2 ĐĐGgk", "Semester II mid-term score", "8,5"),
            ImportColumn.optional("s2EndOfTerm", "HK2 ĐĐGck", "Semester II end-of-term score", "9"),
            ImportColumn.optional(
                "s2Result", "HK2 Kết quả", "Comment-only subjects: Đ (Đạt) or CĐ (Chưa đạt)", ""),
            ImportColumn.optional(
                "comment", "Nhận xét", "The subject teacher's comment", "Tiến bộ rõ."),
            ImportColumn.optional(
                "conduct1",
                "Rèn luyện HK1",
                "Conduct of semester I (T, K, Đ, CĐ), on any row of the student",
                "T"),
            ImportColumn.optional("conduct2", "Rèn luyện HK2", "Conduct of semester II", "T"),
            ImportColumn.optional("conductYear", "Rèn luyện cả năm", "Conduct of the year", "T"),
            ImportColumn.optional("absences1", "Nghỉ HK1", "Sessions absent in semester I", "1"),
            ImportColumn.optional("absences2", "Nghỉ HK2", "Sessions absent in semester II", "0")));
    return List.copyOf(columns);
  }

  @Override
  public RowOutcome<GradeSheetLine> parse(ImportRow row) {
    RowChecks check = row.check();
    GradeSheetRows.Key key = GradeSheetRows.key(check);
    SemesterMarks s1 = marks(row, check, "s1");
    SemesterMarks s2 = marks(row, check, "s2");
    String comment = check.text("comment", false, 2000);
    ConductLevel c1 = level(row, check, "conduct1");
    ConductLevel c2 = level(row, check, "conduct2");
    ConductLevel cy = level(row, check, "conductYear");
    Long a1 = check.integer("absences1", false, 0, 200);
    Long a2 = check.integer("absences2", false, 0, 200);
    return check.outcome(
        () ->
            new GradeSheetLine(
                key.studentCode(),
                key.schoolYear(),
                key.subjectCode(),
                s1,
                s2,
                comment,
                c1,
                c2,
                cy,
                a1 == null ? null : a1.intValue(),
                a2 == null ? null : a2.intValue()));
  }

  private static SemesterMarks marks(ImportRow row, RowChecks check, String prefix) {
    List<BigDecimal> regular = new ArrayList<>();
    String regularText = row.get(prefix + "Regular");
    if (regularText != null && !regularText.isBlank()) {
      for (String part : regularText.split(";")) {
        BigDecimal score = score(part, check, prefix + "Regular");
        if (score != null) {
          regular.add(score);
        }
      }
    }
    BigDecimal mid = optionalScore(row, check, prefix + "MidTerm");
    BigDecimal end = optionalScore(row, check, prefix + "EndOfTerm");
    String resultText = row.get(prefix + "Result");
    CommentResult result = null;
    if (resultText != null && !resultText.isBlank()) {
      result = RESULTS.get(resultText.strip().toLowerCase(Locale.forLanguageTag("vi")));
      if (result == null) {
        check.reject(prefix + "Result", "unknown-result", "Đ (Đạt) or CĐ (Chưa đạt)");
      }
    }
    return new SemesterMarks(regular, mid, end, result);
  }

  private static @Nullable BigDecimal optionalScore(ImportRow row, RowChecks check, String key) {
    String text = row.get(key);
    return text == null || text.isBlank() ? null : score(text, check, key);
  }

  /** A score as written; its range and decimals are the record's rules to judge, at this column. */
  private static @Nullable BigDecimal score(String text, RowChecks check, String key) {
    String value = text.strip();
    if (!GradeSheetRows.SCORE.matcher(value).matches()) {
      check.reject(key, "not-a-score", "Not a score: " + value);
      return null;
    }
    return new BigDecimal(value.replace(',', '.'));
  }

  private static @Nullable ConductLevel level(ImportRow row, RowChecks check, String key) {
    String text = row.get(key);
    if (text == null || text.isBlank()) {
      return null;
    }
    ConductLevel level = CONDUCT.get(text.strip().toLowerCase(Locale.forLanguageTag("vi")));
    if (level == null) {
      check.reject(key, "unknown-conduct", "T (Tốt), K (Khá), Đ (Đạt) or CĐ (Chưa đạt)");
    }
    return level;
  }

  @Override
  public void apply(List<GradeSheetLine> validRows, ImportContext context) {
    GradeSheetRows.enterEach(
        validRows,
        context,
        sheets::enter,
        line -> new GradeSheetRows.Key(line.studentCode(), line.schoolYear(), line.subjectCode()),
        (code, pointer) -> columnOf(pointer));
  }

  /** The sheet's column a rule's pointer into the record names. */
  static @Nullable String columnOf(String pointer) {
    String p = pointer.replaceFirst("^/content/secondary", "");
    String semester = p.contains("/semester1") ? "s1" : p.contains("/semester2") ? "s2" : null;
    if (semester != null) {
      if (p.contains("/regular")) {
        return semester + "Regular";
      }
      if (p.endsWith("/midTerm")) {
        return semester + "MidTerm";
      }
      if (p.endsWith("/endOfTerm")) {
        return semester + "EndOfTerm";
      }
      return semester + "Result";
    }
    if (p.endsWith("/subjectCode") || p.startsWith("/subjects")) {
      return "subjectCode";
    }
    return switch (p) {
      case "/conductSemester1" -> "conduct1";
      case "/conductSemester2" -> "conduct2";
      case "/conductYear" -> "conductYear";
      case "/absencesSemester1" -> "absences1";
      case "/absencesSemester2" -> "absences2";
      default -> null;
    };
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of(Roles.SCHOOL_ADMIN, Roles.PRINCIPAL);
  }
}
