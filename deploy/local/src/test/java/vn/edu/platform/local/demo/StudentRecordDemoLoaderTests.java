package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo year's generated values are ones the service accepts. */
class StudentRecordDemoLoaderTests {

  @Test
  void studentCodesAreTenDigitsAndDistinctAcrossTheDemoSchools() {
    Set<String> codes = new HashSet<>();
    for (String school : new String[] {"S311002", "S311003"}) {
      for (int i = 0; i < StudentRecordDemoLoader.CLASS_SIZE * 2; i++) {
        String code = StudentRecordDemoLoader.code(school, i);
        assertThat(code).matches("\\d{10}");
        assertThat(codes.add(code)).as(code).isTrue();
      }
    }
  }

  @Test
  void theTemplatesHeaderIsReadAsCsv() {
    assertThat(
            StudentRecordDemoLoader.headerOf("\uFEFFMã học sinh,\"Năm, học\",Mã môn\r\n1,2,3\r\n"))
        .containsExactly("Mã học sinh", "Năm, học", "Mã môn");
  }

  @Test
  void aPrimarySheetHasARowPerSubjectInTheTemplatesColumnsTheStudentsCellsOnTheFirst() {
    List<String> header =
        List.of(
            "Mã học sinh",
            "Năm học",
            "Mã môn",
            "Mức đạt HK1",
            "Điểm KT HK1",
            "Mức đạt cả năm",
            "Điểm KT cuối năm",
            "Nhận xét",
            "PC Yêu nước",
            "NL Ngôn ngữ",
            "Nghỉ HK1",
            "Nghỉ HK2");
    JsonNode curriculum =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"subjects\": [{\"code\": \"toan\", \"kind\": \"PRIMARY_LEVEL_AND_TEST\"},"
                    + " {\"code\": \"dao-duc\", \"kind\": \"PRIMARY_LEVEL\"}]}");

    List<String> rows =
        StudentRecordDemoLoader.primarySheetRows(header, "3100225011", curriculum, 1)
            .lines()
            .toList();

    assertThat(rows)
        .containsExactly(
            "3100225011,2025-2026,toan,HTT,8,HTT,9,\"Em chăm chỉ, tiến bộ.\",T,T,1,1",
            "3100225011,2025-2026,dao-duc,HTT,,HTT,,\"Em chăm chỉ, tiến bộ.\",,,,");
  }
}
