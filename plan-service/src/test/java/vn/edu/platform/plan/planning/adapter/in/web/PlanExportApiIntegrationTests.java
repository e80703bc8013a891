package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.inMonth;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.recurring;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** A plan's task table and progress as CSV and XLSX. */
class PlanExportApiIntegrationTests extends PlanServiceIntegrationTest {

  private PlanApi api;
  private JsonNode plan;
  private YearMonth month;

  @BeforeEach
  void aPlanHalfDone() {
    api = new PlanApi(http);
    month = YearMonth.from(today().plusMonths(2));
    Map<String, Object> first =
        assignedTo(task("1", "SGD31-VP", inMonth(month)), SCHOOL_A_PRIMARY, SCHOOL_B_PRIMARY);
    first.put("content", "Triển khai cấp học bạ số cho 100% học sinh phổ thông.");
    first.put("coordinatingUnitCodes", List.of("SGD31-GDTrH"));
    plan = api.createIssued(plan(first, task("2", "SGD31-GDTrH", recurring(null))));
    api.progress(
        PlanApi.taskId(plan, "1"),
        SCHOOL_A_PRIMARY,
        Personas.principal(SCHOOL_A_PRIMARY),
        Map.of("status", "COMPLETED"));
  }

  private Reply export(String format, String token) {
    return api.get("/" + plan.get("id").asString() + "/export?format=" + format, token);
  }

  @Test
  void exportsTheTaskTableAsCsvInUtf8WithAByteOrderMark() {
    Reply csv = export("csv", Personas.departmentOfficer());

    byte[] body = csv.response().body();
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\r\n"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(lines.getFirst()).startsWith("STT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời hạn");
    assertThat(lines.get(1))
        .contains(
            "1,Triển khai cấp học bạ số cho 100% học sinh phổ thông.",
            "Văn phòng (SGD31-VP)",
            "Phòng Giáo dục Trung học (SGD31-GDTrH)",
            "Tháng " + month.getMonthValue() + "/" + month.getYear(),
            "Sở GD&ĐT,Đang thực hiện,50.00");
    assertThat(lines.get(2)).contains("Thường xuyên", "Chưa bắt đầu");
    // the plan: (50 + 0) / 2
    assertThat(lines.get(3)).contains("Toàn kế hoạch", "25.00");
  }

  @Test
  void exportsTheTaskTableAsXlsx() throws IOException {
    Reply xlsx = export("xlsx", Personas.departmentOfficer());

    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith(PlanExport.XLSX);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.response().body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(row(rows, 0).getCellText(0))
          .startsWith("Kế hoạch số " + plan.get("number").asString());
      assertThat(row(rows, 4).getCellText(1)).isEqualTo("Nhiệm vụ");
      assertThat(row(rows, 5).getCellText(2)).isEqualTo("Văn phòng (SGD31-VP)");
      assertThat(row(rows, 5).getCellAsNumber(8))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
      assertThat(row(rows, 7).getCellText(1)).startsWith("Toàn kế hoạch");
    }
  }

  /** The row with this 0-based index (the reader skips empty rows). */
  private static Row row(List<Row> rows, int index) {
    return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
  }

  @Test
  void exportsOnlyForThoseWhoSeeThePlanAndInKnownFormats() {
    assertThat(export("csv", Personas.schoolAdmin("S311003")).status()).isEqualTo(404);
    assertThat(export("csv", Personas.schoolAdmin(SCHOOL_A_PRIMARY)).status()).isEqualTo(200);
    assertThat(export("pdf", Personas.departmentOfficer()).status()).isEqualTo(400);
  }
}
