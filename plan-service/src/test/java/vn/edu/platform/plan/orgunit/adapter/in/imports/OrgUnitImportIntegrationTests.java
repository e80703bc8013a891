package vn.edu.platform.plan.orgunit.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** The department's unit code lists, uploaded as a file: valid rows kept, bad rows reported. */
class OrgUnitImportIntegrationTests extends PlanServiceIntegrationTest {

  private final String admin = Personas.departmentAdmin();

  private Reply upload(String token, String csv) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    return http.post("/api/v1/plans/imports/org-units")
        .token(token)
        .file("file", "don-vi.csv", "text/csv", file)
        .send();
  }

  private JsonNode awaitFinished(String location) {
    JsonNode[] job = new JsonNode[1];
    Await.until(
        "the import job to finish",
        Duration.ofSeconds(60),
        () -> {
          job[0] = http.get(location).token(admin).send().json();
          String status = job[0].get("status").asString();
          return status.equals("COMPLETED") || status.equals("FAILED");
        });
    return job[0];
  }

  @Test
  void keepsTheValidUnitsAndReportsEachBadRowByRowAndColumn() {
    long n = System.nanoTime() % 100_000;
    String commune = "X7" + n;
    String school = "S7" + n;
    String csv =
        """
        code,name,kind,schoolLevel,ownership,administrativeCode,parentCode,validFrom
        %s,Xã Thử Nghiệm,COMMUNE,,,,SGD31,2025-07-01
        %s,Trường Tiểu học Thử Nghiệm,SCHOOL,PRIMARY,PUBLIC,,%s,01/09/2025
        S6%d,Trường không có cấp trên,SCHOOL,PRIMARY,PUBLIC,,X00000,2025-09-01
        S5%d,Trường loại lạ,ACADEMY,,,,%s,2025-09-01
        S4%d,Trường thiếu cấp học,SCHOOL,,PUBLIC,,%s,2025-09-01
        """
            .formatted(commune, school, commune, n, n, commune, n, commune);

    Reply accepted = upload(admin, csv);
    JsonNode job = awaitFinished(accepted.header("Location"));

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("rowsRead").asLong()).isEqualTo(5);
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(2);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(3);
    JsonNode errors =
        http.get(accepted.header("Location") + "/errors").token(admin).send().json().get("items");
    assertThat(errors.findValues("row").stream().map(JsonNode::asLong).toList())
        .containsExactlyInAnyOrder(4L, 5L, 6L);
    assertThat(errors.findValuesAsString("code")).contains("unknown-unit");
    JsonNode created = http.get("/api/v1/org-units/" + school).token(admin).send().json();
    assertThat(created.at("/unit/parentCode").asString()).isEqualTo(commune);
    assertThat(created.at("/unit/validFrom").asString()).isEqualTo("2025-09-01");
  }

  @Test
  void letsOnlyTheDepartmentAdminImportUnits() {
    Reply reply =
        upload(
            Personas.schoolAdmin("S311002"),
            "code,name,kind,schoolLevel,ownership,administrativeCode,parentCode,validFrom\n");

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void offersATemplateWithTheVietnameseHeaders() {
    Reply template =
        http.get("/api/v1/plans/imports/org-units/template?format=csv").token(admin).send();

    assertThat(template.status()).isEqualTo(200);
    assertThat(template.text()).contains("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên");
    assertThat(List.of(template.text().split("\n"))).hasSizeGreaterThanOrEqualTo(2);
  }
}
