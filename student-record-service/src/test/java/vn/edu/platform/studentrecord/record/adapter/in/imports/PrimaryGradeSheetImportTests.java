package vn.edu.platform.studentrecord.record.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowOutcome;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.studentrecord.record.application.port.in.EnterPrimaryGradeSheetUseCase.PrimaryGradeSheetLine;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.SubjectLevel;

/**
 * The primary sheet's cells as schools write them: levels abbreviated or in full, in any case and
 * either Unicode form; test scores whole; each bad cell at its column. What the record's rules say
 * of the values is {@link PrimaryGradeSheetImportIntegrationTests}' subject.
 */
class PrimaryGradeSheetImportTests {

  private final PrimaryGradeSheetImport definition = new PrimaryGradeSheetImport(null);
  private final List<ImportColumn> columns = definition.columns();

  private RowOutcome<PrimaryGradeSheetLine> parse(Map<String, String> cells) {
    Map<String, String> row = new HashMap<>();
    row.put("studentCode", "3110020001");
    row.put("schoolYear", "2025-2026");
    row.put("subjectCode", "toan");
    row.putAll(cells);
    return definition.parse(ImportRow.of(2, row, columns));
  }

  private PrimaryGradeSheetLine valid(Map<String, String> cells) {
    RowOutcome<PrimaryGradeSheetLine> outcome = parse(cells);
    assertThat(outcome).isInstanceOf(RowOutcome.Valid.class);
    return ((RowOutcome.Valid<PrimaryGradeSheetLine>) outcome).value();
  }

  private List<FieldViolation> invalid(Map<String, String> cells) {
    RowOutcome<PrimaryGradeSheetLine> outcome = parse(cells);
    assertThat(outcome).isInstanceOf(RowOutcome.Invalid.class);
    return ((RowOutcome.Invalid<PrimaryGradeSheetLine>) outcome).violations();
  }

  @Test
  void theTemplateHasTheSubjectColumnsThenTheStudentsQualitiesCompetenciesAndAbsences() {
    assertThat(columns)
        .extracting(ImportColumn::header)
        .startsWith(
            "Mã học sinh",
            "Năm học",
            "Mã môn",
            "Mức đạt HK1",
            "Điểm KT HK1",
            "Mức đạt cả năm",
            "Điểm KT cuối năm",
            "Nhận xét",
            "PC Yêu nước")
        .contains("NL Tự chủ và tự học", "NL Thể chất")
        .endsWith("Nghỉ HK1", "Nghỉ HK2")
        .hasSize(8 + Quality.values().length + Competency.values().length + 2);
    assertThat(columns).filteredOn(ImportColumn::required).hasSize(3);
  }

  @Test
  void readsLevelsAbbreviatedOrInFullInAnyCaseAndEitherUnicodeForm() {
    String decomposed = Normalizer.normalize("Hoàn thành tốt", Normalizer.Form.NFD);
    PrimaryGradeSheetLine line =
        valid(
            Map.of(
                "s1Level",
                decomposed,
                "s1Test",
                "9,0",
                "yearLevel",
                "ht",
                "yearTest",
                "10",
                PrimaryGradeSheetImport.key(Quality.HONESTY),
                "đạt",
                PrimaryGradeSheetImport.key(Quality.PATRIOTISM),
                "TỐT",
                PrimaryGradeSheetImport.key(Competency.LANGUAGE),
                "ccg",
                PrimaryGradeSheetImport.key(Competency.MATHEMATICS),
                "Cần  cố gắng",
                "absences1",
                "2"));

    assertThat(line.semester1Level()).isEqualTo(SubjectLevel.COMPLETED_WELL);
    assertThat(line.yearLevel()).isEqualTo(SubjectLevel.COMPLETED);
    assertThat(line.semester1Test()).isEqualTo(9);
    assertThat(line.yearTest()).isEqualTo(10);
    assertThat(line.qualities())
        .containsOnly(
            Map.entry(Quality.HONESTY, CompetenceLevel.PASS),
            Map.entry(Quality.PATRIOTISM, CompetenceLevel.GOOD));
    assertThat(line.competencies())
        .containsOnly(
            Map.entry(Competency.LANGUAGE, CompetenceLevel.NEEDS_EFFORT),
            Map.entry(Competency.MATHEMATICS, CompetenceLevel.NEEDS_EFFORT));
    assertThat(line.absencesSemester1()).isEqualTo(2);
    assertThat(line.absencesSemester2()).isNull();
    assertThat(valid(Map.of("s1Level", "Chưa hoàn thành")).semester1Level())
        .isEqualTo(SubjectLevel.NOT_COMPLETED);
    assertThat(valid(Map.of("s1Level", "CHT")).semester1Level())
        .isEqualTo(SubjectLevel.NOT_COMPLETED);
  }

  @Test
  void reportsEveryBadCellOfARowAtItsColumn() {
    assertThat(
            invalid(
                Map.of(
                    "s1Level",
                    "Giỏi",
                    "s1Test",
                    "7,5",
                    "yearTest",
                    "11",
                    PrimaryGradeSheetImport.key(Competency.SCIENCE),
                    "K",
                    "absences2",
                    "hai")))
        .extracting(FieldViolation::column, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("Mức đạt HK1", "unknown-subject-level"),
            tuple("Điểm KT HK1", "test-score-not-whole"),
            tuple("Điểm KT cuối năm", "test-score-out-of-range"),
            tuple("NL Khoa học", "unknown-competence-level"),
            tuple("Nghỉ HK2", "invalid-number"));
    assertThat(invalid(Map.of("yearTest", "-1")))
        .extracting(FieldViolation::code)
        .containsExactly("test-score-out-of-range");
    assertThat(invalid(Map.of("yearTest", "mười")))
        .extracting(FieldViolation::code)
        .containsExactly("not-a-score");
    assertThat(invalid(Map.of("studentCode", "31100")))
        .extracting(FieldViolation::column, FieldViolation::code)
        .containsExactly(tuple("Mã học sinh", "invalid-format"));
  }

  @Test
  void placesTheRecordsRefusalsAtTheirColumns() {
    assertThat(PrimaryGradeSheetImport.columnOf("student-not-enrolled", ""))
        .isEqualTo("studentCode");
    assertThat(PrimaryGradeSheetImport.columnOf("content-level-mismatch", "/content"))
        .isEqualTo("studentCode");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "unknown-subject", "/content/primary/subjects/3/subjectCode"))
        .isEqualTo("subjectCode");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "no-test-for-subject", "/content/primary/subjects/3/semester1Test"))
        .isEqualTo("s1Test");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "no-test-for-subject", "/content/primary/subjects/3/yearTest"))
        .isEqualTo("yearTest");
    assertThat(PrimaryGradeSheetImport.columnOf("elective-count", "/content/primary/subjects"))
        .isEqualTo("subjectCode");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "absences-out-of-range", "/content/primary/absencesSemester2"))
        .isEqualTo("absences2");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "missing-quality", "/content/primary/qualities/HONESTY"))
        .isEqualTo("quality-honesty");
    assertThat(
            PrimaryGradeSheetImport.columnOf(
                "missing-competency", "/content/primary/competencies/SELF_RELIANCE_AND_SELF_STUDY"))
        .isEqualTo("competency-self-reliance-and-self-study");
    assertThat(PrimaryGradeSheetImport.columnOf("record-not-editable", "")).isNull();
  }
}
