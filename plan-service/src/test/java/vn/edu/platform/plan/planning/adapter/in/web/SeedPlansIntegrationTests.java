package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_UPPER_SECONDARY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands.CreateOrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * The five source plans, entered as a loader enters them: the divisions they name from {@code
 * divisions.csv}, then each file posted as it is to {@code POST /api/v1/plans}. They must load,
 * read back well-formed and show up for the units they involve.
 */
class SeedPlansIntegrationTests extends PlanServiceIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern UUID_IN_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private PlanApi api;

  /** File name → the plan as read back by the department. */
  private final Map<String, JsonNode> loaded = new LinkedHashMap<>();

  /** File name → the file's document. */
  private final Map<String, JsonNode> files = new LinkedHashMap<>();

  @BeforeEach
  void loadTheSeeds() throws IOException {
    api = new PlanApi(http);
    directory.upsert(divisions());
    for (Resource file :
        new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.json")) {
      String text = read(file);
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
          .as(file.getFilename() + " is NFC")
          .isTrue();
      Map<String, Object> document = JSON.readValue(text, Map.class);
      Reply reply = api.post("", Personas.departmentAdmin(), document);
      assertThat(reply.status()).as(file.getFilename() + ": " + reply.text()).isIn(201, 409);
      String id;
      if (reply.status() == 201) {
        id = reply.json().get("id").asString();
      } else {
        Matcher m = UUID_IN_TEXT.matcher(reply.json().get("detail").asString());
        assertThat(m.find()).isTrue();
        id = m.group();
      }
      files.put(file.getFilename(), JSON.readTree(text));
      loaded.put(file.getFilename(), api.get("/" + id, Personas.departmentAdmin()).json());
    }
  }

  private static List<CreateOrgUnit> divisions() throws IOException {
    String csv =
        read(
            new PathMatchingResourcePatternResolver()
                .getResource("classpath:demo/plans/divisions.csv"));
    List<CreateOrgUnit> units = new ArrayList<>();
    for (String line : csv.strip().split("\n")) {
      if (line.startsWith("code,")) {
        continue;
      }
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      units.add(
          new CreateOrgUnit(
              f[0],
              f[1].replace("\"", ""),
              OrgUnitKind.valueOf(f[2]),
              null,
              null,
              null,
              f[6],
              LocalDate.parse(f[7])));
    }
    return units;
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonNode plan(String number) {
    return loaded.values().stream()
        .filter(p -> p.get("number").asString().equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No seed plan " + number));
  }

  @Test
  void everySeedFileLoadsAndReadsBackWellFormed() {
    assertThat(loaded).hasSize(5);
    assertThat(loaded.values())
        .extracting(p -> p.get("number").asString())
        .containsExactlyInAnyOrder(
            "570/KH-SGDĐT", "1510/KH-SGDĐT", "27/KH-SGDĐT", "03/KH-SGDĐT", "2691/CT-UBND");
    loaded.forEach(
        (name, plan) -> {
          JsonNode file = files.get(name);
          assertThat(plan.get("status").asString()).as(name).isIn("ISSUED", "IN_PROGRESS");
          assertThat(plan.get("title").asString()).isEqualTo(file.get("title").asString());
          assertThat(plan.get("title").asString())
              .as(name + " keeps its diacritics")
              .matches(".*[^\\x00-\\x7F].*");
          assertThat(plan.get("taskCount").asInt()).as(name).isEqualTo(file.get("tasks").size());
          assertThat(plan.get("targets")).as(name).hasSize(file.get("targets").size());
          assertThat(plan.get("legalBases")).as(name).hasSize(file.get("legalBases").size());
          for (JsonNode task : plan.findParents("leadUnitCode")) {
            assertThat(task.get("leadUnitCode").asString()).startsWith("SGD31");
            assertThat(task.at("/assignmentCounts/total").asInt()).isPositive();
          }
        });
  }

  @Test
  void thePlanOfHaiPhongCarriesItsTargetTasksAndResponsibilitiesPerLevel() {
    JsonNode plan = plan("570/KH-SGDĐT");
    JsonNode first = PlanApi.task(plan, "1");

    assertThat(plan.get("issuedOn").asString()).isEqualTo("2026-01-31");
    assertThat(plan.at("/targets/0/targetValue").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.at("/targets/0/deadline/label").asString()).isEqualTo("Tháng 6/2026");
    assertThat(plan.at("/targets/0/source").asString()).isEqualTo("COMPUTED");
    assertThat(first.get("content").asString())
        .isEqualTo("Triển khai cấp học bạ số cho 100% học sinh phổ thông.");
    assertThat(first.get("leadUnitCode").asString()).isEqualTo("SGD31-VP");
    assertThat(first.get("coordinatingUnitCodes").toString())
        .contains("SGD31-GDTrH", "SGD31-GDMN-GDTH", "SGD31-GDTX", "SGD31-KHTC");
    assertThat(first.at("/deadline/dueDate").asString()).isEqualTo("2026-06-30");
    assertThat(first.get("responsibilities").propertyNames())
        .containsExactlyInAnyOrder("DEPARTMENT", "COMMUNE", "SCHOOL");
    // the lead division, the two communes and the eight schools of the fixture at least
    assertThat(first.at("/assignmentCounts/total").asInt()).isGreaterThanOrEqualTo(11);
    assertThat(PlanApi.task(plan, "2").at("/deadline/label").asString()).isEqualTo("Thường xuyên");
  }

  @Test
  void theSeedTargetsOfTwentyTwentyFiveAreReadable() {
    JsonNode plan = plan("27/KH-SGDĐT");

    assertThat(plan.get("targets").findValuesAsString("indicator"))
        .contains(
            "Tỷ lệ trường học các cấp đạt chuẩn quốc gia",
            "Tỷ lệ huy động trẻ 5 tuổi ra lớp mẫu giáo");
    assertThat(
            plan.get("targets").findValues("targetValue").stream()
                .map(JsonNode::decimalValue)
                .toList())
        .anySatisfy(v -> assertThat(v).isEqualByComparingTo("73.14"))
        .anySatisfy(v -> assertThat(v).isEqualByComparingTo("99.99"))
        .anySatisfy(v -> assertThat(v).isEqualByComparingTo("96"));
    assertThat(PlanApi.task(plan, "A").get("subtasks")).hasSize(4);
    assertThat(PlanApi.task(plan, "B.5").get("leadUnitCode").asString()).isEqualTo("SGD31-TTr");
    assertThat(plan("2691/CT-UBND").get("issuingAuthority").asString())
        .isEqualTo("PEOPLES_COMMITTEE");
    assertThat(PlanApi.task(plan("03/KH-SGDĐT"), "7").at("/deadline/recurrence").asString())
        .isEqualTo("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10");
  }

  @Test
  void theSeedPlansShowUpForTheUnitsTheyInvolve() {
    String plan570 = plan("570/KH-SGDĐT").get("id").asString();
    String plan03 = plan("03/KH-SGDĐT").get("id").asString();

    Reply forSchool = api.get("/" + plan570, Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply thiDuaForSchool = api.get("/" + plan03, Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply thiDuaForThpt = api.get("/" + plan03, Personas.principal(SCHOOL_UPPER_SECONDARY));
    Reply myTasks =
        api.get("/my-tasks?planId=" + plan570 + "&size=50", Personas.schoolAdmin(SCHOOL_A_PRIMARY));
    Reply communeTasks =
        api.get(
            "/my-tasks?includeSubunits=true&planId=" + plan570 + "&size=200",
            Personas.communeOfficer(COMMUNE_A));

    assertThat(forSchool.status()).isEqualTo(200);
    assertThat(forSchool.json().get("tasks")).hasSize(7);
    assertThat(thiDuaForSchool.status()).isEqualTo(404);
    assertThat(thiDuaForThpt.status()).isEqualTo(200);
    assertThat(thiDuaForThpt.json().get("tasks").findValuesAsString("number"))
        .contains("6", "7", "8");
    assertThat(myTasks.json().get("totalItems").asInt()).isEqualTo(7);
    // the commune itself and its three schools, seven tasks each
    assertThat(myTasks.json().at("/items/0/planNumber").asString()).isEqualTo("570/KH-SGDĐT");
    assertThat(communeTasks.json().get("totalItems").asInt()).isEqualTo(28);
    assertThat(
            Arrays.asList(
                communeTasks.json().get("items").findValuesAsString("unitCode").toArray()))
        .contains(COMMUNE_A, SCHOOL_A_PRIMARY);
  }
}
