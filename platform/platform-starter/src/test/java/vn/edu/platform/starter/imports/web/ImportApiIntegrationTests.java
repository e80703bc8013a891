package vn.edu.platform.starter.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.testapp.imports.DemoUnitsImport;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.security.Personas;

class ImportApiIntegrationTests extends ImportIntegrationSupport {

  private static final String UNITS = DemoUnitsImport.TYPE;
  private static final String HEADER =
      "Mã đơn vị,Tên đơn vị,Ngày thành lập,Số học sinh,Loại hình\n";
  private final String schoolA = Personas.schoolAdmin(OrgTreeFixture.SCHOOL_A_PRIMARY);

  @Test
  void appliesTheValidRowsOfAFileWithMixedBadRowsAndReportsEveryBadCellByRowAndColumn() {
    byte[] file =
        csv(
            HEADER
                + "M000001,Trường Tiểu học Hồng Bàng,05/09/1998,850,Công lập\n"
                + "M000002,Trường Mầm non Sao Biển,,,tu thuc\n"
                + "bad-code,,31/02/2020,-5,Quốc tế\n"
                + "M000003,\"Trường THCS An Lão, cơ sở 2\",2001-01-15,abc,\n"
                + "\n"
                + "M000004,Trường Tiểu học Trần Phú,,,\n"
                + "M000001,Trường trùng mã,,,\n");

    TestHttp.Reply reply = upload(UNITS, schoolA, "don-vi.csv", file);

    assertThat(reply.status()).isEqualTo(202);
    UUID id = idOf(reply);
    assertThat(reply.header("Location")).isEqualTo(BASE + "/import-jobs/" + id);
    JsonNode job = awaitFinished(id, schoolA);
    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("rowsTotal").asLong()).isEqualTo(6);
    assertThat(job.get("rowsRead").asLong()).isEqualTo(6);
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(3);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(3);
    assertThat(job.get("percentage").asInt()).isEqualTo(100);
    assertThat(job.get("orgUnit").asString()).isEqualTo(OrgTreeFixture.SCHOOL_A_PRIMARY);

    JsonNode errors =
        http.get(BASE + "/import-jobs/" + id + "/errors?size=50").token(schoolA).send().json();
    assertThat(errors.get("totalItems").asLong()).isEqualTo(7);
    List<List<String>> items = new ArrayList<>();
    errors
        .get("items")
        .forEach(
            item ->
                items.add(
                    Arrays.asList(
                        item.get("row").asString(),
                        item.path("column").isNull() ? null : item.path("column").asString(),
                        item.get("code").asString())));
    assertThat(items)
        .containsExactly(
            Arrays.asList("4", "Mã đơn vị", "invalid-format"),
            Arrays.asList("4", "Tên đơn vị", "required"),
            Arrays.asList("4", "Ngày thành lập", "invalid-date"),
            Arrays.asList("4", "Số học sinh", "out-of-range"),
            Arrays.asList("4", "Loại hình", "not-allowed-value"),
            Arrays.asList("5", "Số học sinh", "invalid-number"),
            Arrays.asList("8", null, "row-rejected-by-store"));
    assertThat(errors.get("items").get(1).get("message").asString())
        .isEqualTo("Chưa nhập \"Tên đơn vị\".");

    TestHttp.Reply report =
        http.get(BASE + "/import-jobs/" + id + "/errors.csv").token(schoolA).send();
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.contentType()).startsWith("text/csv");
    assertThat(report.header("Content-Disposition")).contains("attachment");
    assertThat(Arrays.copyOf(report.response().body(), 3)).isEqualTo(BOM);
    List<String> lines = report.text().substring(1).lines().toList();
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).isEqualTo("Dòng,Cột,Mã lỗi,Mô tả lỗi");
    assertThat(lines.get(2)).isEqualTo("4,Tên đơn vị,required,\"Chưa nhập \"\"Tên đơn vị\"\".\"");
    assertThat(lines.get(7)).startsWith("8,,row-rejected-by-store,");

    Map<String, Object> first =
        jdbc.sql(
                "SELECT name, founded, students, kind, org_unit FROM import_demo_unit WHERE code = 'M000001'")
            .query()
            .singleRow();
    assertThat(first)
        .containsEntry("name", "Trường Tiểu học Hồng Bàng")
        .containsEntry("founded", java.sql.Date.valueOf(LocalDate.of(1998, 9, 5)))
        .containsEntry("students", 850)
        .containsEntry("kind", "Công lập")
        .containsEntry("org_unit", OrgTreeFixture.SCHOOL_A_PRIMARY);
    assertThat(
            jdbc.sql("SELECT code, kind FROM import_demo_unit WHERE job_id = ? ORDER BY code")
                .param(id)
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
                .list())
        .containsExactly(
            tuple("M000001", "Công lập"), tuple("M000002", "Tư thục"), tuple("M000004", null));
  }

  @Test
  void uploadingTheSameFileAgainReturnsTheSameJobAndAppliesNothingTwice() {
    byte[] file = csv(HEADER + "R000001,Trường R1,,,\nR000002,Trường R2,,,\nbad,Trường R3,,,\n");
    UUID id = idOf(upload(UNITS, schoolA, "lan-1.csv", file));
    awaitFinished(id, schoolA);

    TestHttp.Reply again = upload(UNITS, schoolA, "lan-2-ten-khac.csv", file);

    assertThat(again.status()).isEqualTo(200);
    assertThat(idOf(again)).isEqualTo(id);
    JsonNode job = awaitFinished(id, schoolA);
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(2);
    assertThat(job.get("fileName").asString()).isEqualTo("lan-1.csv");
    assertThat(countUnits("R%")).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT count(*) FROM platform.import_row_error WHERE job_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesAFileWithAMissingRequiredHeaderListingEveryHeaderProblemAtOnce() {
    byte[] file = csv("Mã đơn vị,Ghi chú,Số học sinh\nH000001,x,5\n");

    TestHttp.Reply reply = upload(UNITS, schoolA, "sai-mau.csv", file);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("code").asString()).isEqualTo("invalid-import-headers");
    List<List<String>> errors = new ArrayList<>();
    problem
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    List.of(
                        e.get("row").asString(),
                        e.get("column").asString(),
                        e.get("code").asString())));
    assertThat(errors)
        .containsExactlyInAnyOrder(
            List.of("1", "Ghi chú", "unknown-column"),
            List.of("1", "Tên đơn vị", "missing-required-column"));
    assertThat(countUnits("H%")).isZero();
  }

  @Test
  void keepsTheGoodRowsOfAChunkWhenTheStoreRejectsSomeOfThem() {
    jdbc.sql("INSERT INTO import_demo_unit (code, name, job_id) VALUES ('K000005', 'Có sẵn', ?)")
        .param(UUID.randomUUID())
        .update();
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 1; i <= 10; i++) {
      text.append("K00000")
          .append(i % 10 == 0 ? "A" : i)
          .append(",Trường K")
          .append(i)
          .append(",,,\n");
    }

    UUID id = idOf(upload(UNITS, schoolA, "k.csv", csv(text.toString())));
    JsonNode job = awaitFinished(id, schoolA);

    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(9);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(1);
    JsonNode error = http.get(BASE + "/import-jobs/" + id + "/errors").token(schoolA).send().json();
    assertThat(error.get("items")).hasSize(1);
    assertThat(error.get("items").get(0).get("row").asLong()).isEqualTo(6);
    assertThat(error.get("items").get(0).get("code").asString()).isEqualTo("row-rejected-by-store");
    assertThat(error.get("items").get(0).get("message").asString())
        .contains("import_demo_unit_pkey");
    assertThat(countUnits("K%")).isEqualTo(10);
    assertThat(
            jdbc.sql("SELECT name FROM import_demo_unit WHERE code = 'K000005'")
                .query(String.class)
                .single())
        .isEqualTo("Có sẵn");
  }

  @Test
  void importsAnXlsxFileWithDateAndNumberCells() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(bytes, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Dữ liệu");
    String[] header = {"Mã đơn vị", "Tên đơn vị", "Ngày thành lập", "Số học sinh"};
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
    }
    sheet.value(1, 0, "X000001");
    sheet.value(1, 1, "Trường Mầm non Hoa Sen");
    sheet.value(1, 2, LocalDate.of(2003, 4, 30));
    sheet.style(1, 2).format("dd/mm/yyyy").set();
    sheet.value(1, 3, 420);
    sheet.value(2, 0, "X000002");
    sheet.value(2, 3, 12);
    workbook.finish();

    UUID id = idOf(upload(UNITS, schoolA, "don-vi.xlsx", bytes.toByteArray()));
    JsonNode job = awaitFinished(id, schoolA);

    assertThat(job.get("format").asString()).isEqualTo("XLSX");
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(1);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT founded FROM import_demo_unit WHERE code = 'X000001'")
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2003, 4, 30));
  }

  @Test
  void aSchoolAdminCannotReadAnotherSchoolsJobButItsCommuneAndTheDepartmentCan() {
    byte[] file = csv(HEADER + "P000001,Trường P1,,,\n");
    UUID id = idOf(upload(UNITS, schoolA, "p.csv", file));
    awaitFinished(id, schoolA);
    String schoolB = Personas.schoolAdmin(OrgTreeFixture.SCHOOL_B_PRIMARY);

    for (String path : List.of("", "/errors", "/errors.csv")) {
      TestHttp.Reply denied = http.get(BASE + "/import-jobs/" + id + path).token(schoolB).send();
      assertThat(denied.status()).as(path).isEqualTo(403);
      assertThat(denied.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    }
    assertThat(
            http.get(BASE + "/import-jobs/" + id)
                .token(Personas.departmentOfficer())
                .send()
                .status())
        .isEqualTo(200);
    assertThat(
            http.get(BASE + "/import-jobs/" + id)
                .token(Personas.communeOfficer(OrgTreeFixture.COMMUNE_A))
                .send()
                .status())
        .isEqualTo(200);
    assertThat(
            http.get(BASE + "/import-jobs/" + id)
                .token(Personas.communeOfficer(OrgTreeFixture.COMMUNE_B))
                .send()
                .status())
        .isEqualTo(403);
  }

  @Test
  void refusesUploadsByRolesTheImportTypeDoesNotAllow() {
    TestHttp.Reply reply =
        upload(UNITS, Personas.teacher(OrgTreeFixture.SCHOOL_A_PRIMARY), "t.csv", csv(HEADER));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("code").asString()).isEqualTo("import-forbidden");
  }

  @Test
  void answersUnknownTypesAndJobsWithNotFound() {
    assertThat(upload("no-such-type", schoolA, "x.csv", csv(HEADER)).json().get("code").asString())
        .isEqualTo("unknown-import-type");
    TestHttp.Reply job = http.get(BASE + "/import-jobs/" + UUID.randomUUID()).token(schoolA).send();
    assertThat(job.status()).isEqualTo(404);
    assertThat(job.json().get("code").asString()).isEqualTo("import-job-not-found");
  }

  @Test
  void refusesALegacyXlsFile() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0, 1, 2, 3};

    TestHttp.Reply reply = upload(UNITS, schoolA, "cu.xls", ole2);

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.json().get("code").asString()).isEqualTo("unsupported-file-format");
  }

  @Test
  void boundsTheErrorPageSize() {
    UUID id = idOf(upload(UNITS, schoolA, "b.csv", csv(HEADER + "B000001,Trường B1,,,\n")));

    TestHttp.Reply reply =
        http.get(BASE + "/import-jobs/" + id + "/errors?size=501").token(schoolA).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asString()).isEqualTo("validation-failed");
  }

  @Test
  void listsTheImportTypesWithTheirColumns() {
    JsonNode types = http.get(BASE + "/imports").token(schoolA).send().json();

    JsonNode units = null;
    for (JsonNode type : types) {
      if (type.get("type").asString().equals(UNITS)) {
        units = type;
      }
    }
    assertThat(units).isNotNull();
    assertThat(units.get("columns").get(0).get("header").asString()).isEqualTo("Mã đơn vị");
    assertThat(units.get("columns").get(0).get("required").asBoolean()).isTrue();
    assertThat(units.get("links").get("templateXlsx").asString())
        .isEqualTo(BASE + "/imports/demo-units/template?format=xlsx");
  }

  @Test
  void downloadsTheCsvTemplateWithHeaderAndExampleRow() {
    TestHttp.Reply reply =
        http.get(BASE + "/imports/" + UNITS + "/template?format=csv").token(schoolA).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Disposition")).contains("demo-units-template.csv");
    assertThat(Arrays.copyOf(reply.response().body(), 3)).isEqualTo(BOM);
    assertThat(reply.text().substring(1).lines().toList())
        .containsExactly(
            "Mã đơn vị,Tên đơn vị,Ngày thành lập,Số học sinh,Loại hình",
            "S311002,Trường Tiểu học Hồng Bàng,05/09/1998,850,Công lập");
  }

  @Test
  void downloadsTheXlsxTemplateWithAGuideSheet() throws Exception {
    TestHttp.Reply reply =
        http.get(BASE + "/imports/" + UNITS + "/template?format=xlsx").token(schoolA).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/vnd.openxmlformats");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(reply.response().body()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Dữ liệu", "Hướng dẫn");
      List<Row> data = sheets.get(0).read();
      assertThat(data.get(0).getCellText(0)).isEqualTo("Mã đơn vị");
      assertThat(data.get(1).getCellText(0)).isEqualTo("S311002");
      List<Row> guide = sheets.get(1).read();
      assertThat(guide).hasSize(6);
      assertThat(guide.get(1).getCellText(1)).isEqualTo("Có");
      assertThat(guide.get(3).getCellText(1)).isEqualTo("Không");
    }
  }

  @Test
  void documentsTheImportEndpointsInTheOpenApiDocument() {
    JsonNode paths = http.get(BASE + "/v3/api-docs").send().json().get("paths");

    JsonNode upload = paths.get(BASE + "/imports/{type}").get("post");
    assertThat(upload.get("responses").has("202")).isTrue();
    assertThat(upload.get("requestBody").get("content").has("multipart/form-data")).isTrue();
    assertThat(paths.has(BASE + "/imports/{type}/template")).isTrue();
    assertThat(paths.has(BASE + "/import-jobs/{id}")).isTrue();
    assertThat(paths.has(BASE + "/import-jobs/{id}/errors")).isTrue();
    assertThat(paths.has(BASE + "/import-jobs/{id}/errors.csv")).isTrue();
  }

  private long countUnits(String likeCode) {
    return jdbc.sql("SELECT count(*) FROM import_demo_unit WHERE code LIKE ?")
        .param(likeCode)
        .query(Long.class)
        .single();
  }

  @Test
  void acceptsAnIdempotencyKeyOnAnUploadAndReplaysTheAnswer() {
    byte[] file = csv(HEADER + "K000001,Trường K1,,,\n");
    String key = UUID.randomUUID().toString();

    TestHttp.Reply first =
        http.post(BASE + "/imports/" + UNITS)
            .token(schoolA)
            .header("Idempotency-Key", key)
            .file("file", "k.csv", "text/csv", file)
            .send();
    TestHttp.Reply retry =
        http.post(BASE + "/imports/" + UNITS)
            .token(schoolA)
            .header("Idempotency-Key", key)
            .file("file", "k.csv", "text/csv", file)
            .send();
    TestHttp.Reply otherFile =
        http.post(BASE + "/imports/" + UNITS)
            .token(schoolA)
            .header("Idempotency-Key", key)
            .file("file", "k.csv", "text/csv", csv(HEADER + "K000002,Trường K2,,,\n"))
            .send();

    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(idOf(retry)).isEqualTo(idOf(first));
    assertThat(otherFile.status()).isEqualTo(422);
  }
}
