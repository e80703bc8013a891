package vn.edu.platform.studentrecord.record.adapter.in.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.studentrecord.record.application.port.in.EnterPrimaryGradeSheetUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.EnterPrimaryGradeSheetUseCase.PrimaryGradeSheetLine;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.ContentChecks;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;

/**
 * The primary grade sheet as CSV or XLSX (bảng tổng hợp kết quả đánh giá, grades 1-5, Circular
 * 27/2020): one row per student and subject, as the secondary {@code grade-sheets}; the template
 * comes from {@code GET /imports/primary-grade-sheets/template}.
 *
 * <p>A row carries the subject's levels (HTT / Hoàn thành tốt, HT / Hoàn thành, CHT / Chưa hoàn
 * thành) and, for a subject with periodic tests, its two test scores (whole numbers 0-10: {@code
 * 7,5} is refused at its cell by the domain's {@link ContentChecks#rawTestScore}). The five
 * qualities, ten competencies (T / Tốt, Đ / Đạt, CCG / Cần cố gắng) and the two semesters' absences
 * belong to the student, not to the subject: they are read from whichever of the student's rows has
 * them filled (an empty cell leaves the record's value as it is), so a school fills them on the
 * student's first row, or on every row alike. Levels are read ignoring case.
 *
 * <p>Each row is merged into the student's draft record by {@link EnterPrimaryGradeSheetUseCase}; a
 * row the record's rules refuse is reported at its column and changes nothing, the others are kept.
 * The school's administrator and principal upload; the rows must be students of their school
 * (another school's student is "not enrolled", exactly as a code that exists nowhere).
 */
@Component
class PrimaryGradeSheetImport implements ImportDefinition<PrimaryGradeSheetLine> {

  static final String TYPE = "primary-grade-sheets";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Map<String, SubjectLevel> SUBJECT_LEVELS =
      Map.of(
          "htt", SubjectLevel.COMPLETED_WELL,
          "hoàn thành tốt", SubjectLevel.COMPLETED_WELL,
          "ht", SubjectLevel.COMPLETED,
          "hoàn thành", SubjectLevel.COMPLETED,
          "cht", SubjectLevel.NOT_COMPLETED,
          "chưa hoàn thành", SubjectLevel.NOT_COMPLETED);

  private static final Map<String, CompetenceLevel> COMPETENCE_LEVELS =
      Map.of(
          "t", CompetenceLevel.GOOD,
          "tốt", CompetenceLevel.GOOD,
          "đ", CompetenceLevel.PASS,
          "đạt", CompetenceLevel.PASS,
          "ccg", CompetenceLevel.NEEDS_EFFORT,
          "cần cố gắng", CompetenceLevel.NEEDS_EFFORT);

  private final EnterPrimaryGradeSheetUseCase sheets;

  PrimaryGradeSheetImport(EnterPrimaryGradeSheetUseCase sheets) {
    this.sheets = sheets;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String title() {
    return "Bảng tổng hợp kết quả đánh giá tiểu học (primary grade sheet, one row per student and"
        + " subject)";
  }

  /** The column of a quality: {@code quality-patriotism}, headed {@code PC Yêu nước}. */
  static String key(Quality quality) {
    return "quality-" + kebab(quality);
  }

  /** The column of a competency: {@code competency-language}, headed {@code NL Ngôn ngữ}. */
  static String key(Competency competency) {
    return "competency-" + kebab(competency);
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public List<ImportColumn> columns() {
    List<ImportColumn> columns =
        new ArrayList<>(
            GradeSheetRows.keyColumns(
                "3110020001",
                "The subject's code in the grade's catalogue (GET /subject-catalogue/grades/{grade})"));
    columns.add(
        ImportColumn.optional(
            "s1Level",
            "Mức đạt HK1",
            "Level at the end of semester I: HTT (Hoàn thành tốt), HT (Hoàn thành) or CHT (Chưa"
                + " hoàn thành)",
            "HTT"));
    columns.add(
        ImportColumn.optional(
            "s1Test",
            "Điểm KT HK1",
            "End-of-semester-I test, a whole number 0-10; only subjects with periodic tests",
            "9"));
    columns.add(
        ImportColumn.optional(
            "yearLevel", "Mức đạt cả năm", "Level at the end of the year: HTT, HT or CHT", "HTT"));
    columns.add(
        ImportColumn.optional(
            "yearTest",
            "Điểm KT cuối năm",
            "End-of-year test, a whole number 0-10; only subjects with periodic tests",
            "10"));
    columns.add(
        ImportColumn.optional(
            "comment", "Nhận xét", "The teacher's comment on the subject", "Tính toán nhanh."));
    for (Quality quality : Quality.values()) {
      columns.add(
          ImportColumn.optional(
              key(quality),
              "PC " + quality.vietnameseName(),
              "Quality "
                  + quality.vietnameseName()
                  + ": T (Tốt), Đ (Đạt) or CCG (Cần cố gắng), on any row of the student",
              "T"));
    }
    for (Competency competency : Competency.values()) {
      columns.add(
          ImportColumn.optional(
              key(competency),
              "NL " + competency.vietnameseName(),
              "Competency "
                  + competency.vietnameseName()
                  + ": T, Đ or CCG, on any row of the student"
                  + (competency.requiredIn(1) ? "" : " (required from grade 3)"),
              competency == Competency.LANGUAGE ? "Đ" : "T"));
    }
    columns.add(
        ImportColumn.optional(
            "absences1",
            "Nghỉ HK1",
            "Sessions absent in semester I, on any row of the student",
            "1"));
    columns.add(
        ImportColumn.optional("absences2", "Nghỉ HK2", "Sessions absent in semester II", "0"));
    return List.copyOf(columns);
  }

  @Override
  public RowOutcome<PrimaryGradeSheetLine> parse(ImportRow row) {
    RowChecks check = row.check();
    GradeSheetRows.Key key = GradeSheetRows.key(check);
    SubjectLevel s1Level = subjectLevel(row, check, "s1Level");
    Integer s1Test = test(row, check, "s1Test");
    SubjectLevel yearLevel = subjectLevel(row, check, "yearLevel");
    Integer yearTest = test(row, check, "yearTest");
    String comment = check.text("comment", false, 2000);
    Map<Quality, CompetenceLevel> qualities = new EnumMap<>(Quality.class);
    for (Quality quality : Quality.values()) {
      CompetenceLevel level = competenceLevel(row, check, key(quality));
      if (level != null) {
        qualities.put(quality, level);
      }
    }
    Map<Competency, CompetenceLevel> competencies = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      CompetenceLevel level = competenceLevel(row, check, key(competency));
      if (level != null) {
        competencies.put(competency, level);
      }
    }
    // a whole number is all the cell must be; its range is the record's rule, at this column
    Long a1 = check.integer("absences1", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Long a2 = check.integer("absences2", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return check.outcome(
        () ->
            new PrimaryGradeSheetLine(
                key.studentCode(),
                key.schoolYear(),
                key.subjectCode(),
                s1Level,
                s1Test,
                yearLevel,
                yearTest,
                comment,
                qualities,
                competencies,
                a1 == null ? null : a1.intValue(),
                a2 == null ? null : a2.intValue()));
  }

  /** A level as schools write it: abbreviated or in full, any case, NFC-normalised. */
  private static @Nullable String levelText(ImportRow row, String key) {
    String text = row.get(key);
    if (text == null || text.isBlank()) {
      return null;
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    return SPACES.matcher(normalised).replaceAll(" ").toLowerCase(VIETNAMESE);
  }

  private static @Nullable SubjectLevel subjectLevel(ImportRow row, RowChecks check, String key) {
    String text = levelText(row, key);
    if (text == null) {
      return null;
    }
    SubjectLevel level = SUBJECT_LEVELS.get(text);
    if (level == null) {
      check.reject(
          key,
          "unknown-subject-level",
          "HTT (Hoàn thành tốt), HT (Hoàn thành) or CHT (Chưa hoàn thành)");
    }
    return level;
  }

  private static @Nullable CompetenceLevel competenceLevel(
      ImportRow row, RowChecks check, String key) {
    String text = levelText(row, key);
    if (text == null) {
      return null;
    }
    CompetenceLevel level = COMPETENCE_LEVELS.get(text);
    if (level == null) {
      check.reject(key, "unknown-competence-level", "T (Tốt), Đ (Đạt) or CCG (Cần cố gắng)");
    }
    return level;
  }

  /**
   * A test score as written ({@code 9}, {@code 9,0}), judged by the domain's check of a raw test
   * score so that {@code 7,5} is refused, not cut to 7.
   */
  private static @Nullable Integer test(ImportRow row, RowChecks check, String key) {
    String text = row.get(key);
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (!GradeSheetRows.SCORE.matcher(value).matches()) {
      check.reject(key, "not-a-score", "Not a score: " + value);
      return null;
    }
    BigDecimal score = new BigDecimal(value.replace(',', '.'));
    List<Violation> refused = ContentChecks.rawTestScore(key, score);
    if (!refused.isEmpty()) {
      refused.forEach(v -> check.reject(key, v.code(), String.valueOf(v.defaultMessage())));
      return null;
    }
    return score.intValueExact();
  }

  @Override
  public void apply(List<PrimaryGradeSheetLine> validRows, ImportContext context) {
    GradeSheetRows.enterEach(
        validRows,
        context,
        sheets::enter,
        line -> new GradeSheetRows.Key(line.studentCode(), line.schoolYear(), line.subjectCode()),
        PrimaryGradeSheetImport::columnOf);
  }

  /** The sheet's column a refusal concerns, from its code and its pointer into the record. */
  static @Nullable String columnOf(String code, String pointer) {
    if (code.equals("student-not-enrolled") || code.equals("content-level-mismatch")) {
      return "studentCode";
    }
    String p = pointer.replaceFirst("^/content/primary", "");
    if (p.startsWith("/subjects")) {
      if (p.endsWith("/semester1Level")) {
        return "s1Level";
      }
      if (p.endsWith("/semester1Test")) {
        return "s1Test";
      }
      if (p.endsWith("/yearLevel")) {
        return "yearLevel";
      }
      if (p.endsWith("/yearTest")) {
        return "yearTest";
      }
      if (p.endsWith("/teacherComment")) {
        return "comment";
      }
      return "subjectCode";
    }
    for (Quality quality : Quality.values()) {
      if (p.equals("/qualities/" + quality.name())) {
        return key(quality);
      }
    }
    for (Competency competency : Competency.values()) {
      if (p.equals("/competencies/" + competency.name())) {
        return key(competency);
      }
    }
    return switch (p) {
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
