package vn.edu.platform.plan.orgunit.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/** The organisation directory through its HTTP API, with the department admin's changes. */
class OrgDirectoryApiIntegrationTests extends PlanServiceIntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
  private final String admin = Personas.departmentAdmin();

  /** A fresh code per test, so tests never collide on the shared database. */
  private static String code(String prefix) {
    return prefix + (System.currentTimeMillis() % 10_000) + SEQUENCE.incrementAndGet();
  }

  private Reply post(String path, Map<String, Object> body) {
    return http.post("/api/v1/org-units" + path)
        .token(admin)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(body)
        .send();
  }

  private Reply createCommune(String code, String name, String from) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", "COMMUNE");
    body.put("parentCode", DEPARTMENT);
    body.put("validFrom", from);
    return post("", body);
  }

  private Reply createSchool(String code, String parent, String from) {
    return post(
        "",
        Map.of(
            "code",
            code,
            "name",
            "Trường Tiểu học " + code,
            "kind",
            "SCHOOL",
            "schoolLevel",
            "PRIMARY",
            "ownership",
            "PUBLIC",
            "parentCode",
            parent,
            "validFrom",
            from));
  }

  @Test
  void letsAnyAuthenticatedUserReadTheTreeButNoAnonymousCaller() {
    Reply tree =
        http.get("/api/v1/org-units/tree").token(Personas.teacher(SCHOOL_A_PRIMARY)).send();

    assertThat(tree.status()).isEqualTo(200);
    JsonNode root = tree.json().get("roots").get(0);
    assertThat(root.get("code").asString()).isEqualTo(DEPARTMENT);
    assertThat(root.findValuesAsString("code")).contains(COMMUNE_A, SCHOOL_A_PRIMARY);
    assertThat(http.get("/api/v1/org-units/tree").send().status()).isEqualTo(401);
  }

  @Test
  void createsAUnitWithLocationAndETagForTheDepartmentAdminOnly() {
    String code = code("S9");

    Reply created = createSchool(code, COMMUNE_A, "2025-09-01");
    Reply byTeacher =
        http.post("/api/v1/org-units")
            .token(Personas.teacher(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(
                Map.of(
                    "code", code("S9"), "name", "x", "kind", "SCHOOL", "validFrom", "2025-09-01"))
            .send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/org-units/" + code);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(byTeacher.status()).isEqualTo(403);
  }

  @Test
  void refusesATeacherWith403BeforeReadingAnIncompleteBody() {
    Map<String, Object> incomplete = Map.of("name", "Trường");

    Reply byTeacher =
        http.post("/api/v1/org-units")
            .token(Personas.teacher(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(incomplete)
            .send();
    Reply byAdmin = post("", incomplete);

    assertThat(byTeacher.status()).isEqualTo(403);
    assertThat(byTeacher.json().get("code").asString()).isEqualTo("forbidden");
    assertThat(byTeacher.json().has("errors")).isFalse();
    assertThat(byTeacher.text()).doesNotContain("/code").doesNotContain("/kind");
    // the same body from the one allowed to send it is a field error
    assertThat(byAdmin.status()).isEqualTo(400);
    assertThat(byAdmin.json().get("errors").findValuesAsString("pointer"))
        .contains("/code", "/kind");
  }

  @Test
  void refusesControlAndBidirectionalCharactersInAUnitNameAsFieldErrors() {
    Reply nul = createCommune(code("X9"), "Xã\u0000Mới", "2025-09-01");
    Reply override = createCommune(code("X9"), "Xã \u202EiớM", "2025-09-01");
    Reply lineBreak = createCommune(code("X9"), "Xã\nMới", "2025-09-01");

    assertFieldError(nul, "/name", "text-control-character");
    assertFieldError(override, "/name", "text-bidi-control");
    assertFieldError(lineBreak, "/name", "text-control-character");
  }

  private static void assertFieldError(Reply reply, String pointer, String code) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(reply.json().get("errors")).hasSize(1);
    assertThat(reply.json().at("/errors/0/pointer").asString()).isEqualTo(pointer);
    assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo(code);
  }

  @Test
  void refusesDuplicateCodesUnknownParentsAndMalformedUnitsWithFieldErrors() {
    Reply duplicate = createSchool(SCHOOL_A_PRIMARY, COMMUNE_A, "2025-09-01");
    Reply unknownParent = createSchool(code("S9"), "X00000", "2025-09-01");
    Reply missingLevel =
        post(
            "",
            Map.of(
                "code",
                code("S9"),
                "name",
                "Trường",
                "kind",
                "SCHOOL",
                "ownership",
                "PUBLIC",
                "parentCode",
                COMMUNE_A,
                "validFrom",
                "2025-09-01"));
    Reply badCode = createSchool("lower-case", COMMUNE_A, "2025-09-01");

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("code").asString()).isEqualTo("org-unit-exists");
    assertThat(unknownParent.status()).isEqualTo(422);
    assertThat(unknownParent.json().at("/errors/0/pointer").asString()).isEqualTo("/parentCode");
    assertThat(unknownParent.json().at("/errors/0/code").asString()).isEqualTo("unknown-unit");
    assertThat(missingLevel.status()).isEqualTo(422);
    assertThat(missingLevel.json().at("/errors/0/pointer").asString()).isEqualTo("/schoolLevel");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.json().at("/errors/0/pointer").asString()).isEqualTo("/code");
  }

  @Test
  void answersTheTreeOfAnyDayAfterTwoCommunesMerge() {
    String oldA = code("X8");
    String oldB = code("X8");
    String merged = code("X7");
    String schoolOfA = code("S8");
    String schoolOfB = code("S8");
    createCommune(oldA, "Xã Cũ A", "2020-01-01");
    createCommune(oldB, "Xã Cũ B", "2020-01-01");
    createSchool(schoolOfA, oldA, "2020-01-01");
    createSchool(schoolOfB, oldB, "2020-01-01");
    createCommune(merged, "Xã Mới", "2025-07-01");

    Reply merge =
        post(
            "/merges",
            Map.of(
                "sourceCodes",
                List.of(oldA, oldB),
                "targetCode",
                merged,
                "effectiveFrom",
                "2025-07-01"));

    assertThat(merge.status()).isEqualTo(200);
    assertThat(merge.json().get("mergedCodes").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder(oldA, oldB);
    JsonNode before =
        http.get("/api/v1/org-units/tree?asOf=2024-11-10&rootCode=" + oldA)
            .token(admin)
            .send()
            .json();
    assertThat(before.at("/roots/0/children/0/code").asString()).isEqualTo(schoolOfA);
    JsonNode after =
        http.get("/api/v1/org-units/tree?asOf=2026-01-15&rootCode=" + merged)
            .token(admin)
            .send()
            .json();
    assertThat(after.findValuesAsString("code"))
        .containsExactlyInAnyOrder(merged, schoolOfA, schoolOfB);
    assertThat(
            http.get("/api/v1/org-units/tree?asOf=2026-01-15&rootCode=" + oldA)
                .token(admin)
                .send()
                .status())
        .isEqualTo(404);
    JsonNode mergedUnit = http.get("/api/v1/org-units/" + oldA).token(admin).send().json();
    assertThat(mergedUnit.at("/unit/validTo").asString()).isEqualTo("2025-06-30");
    assertThat(mergedUnit.at("/unit/successorCodes/0").asString()).isEqualTo(merged);
  }

  @Test
  void movesASchoolFromADateAndKeepsItsHistory() {
    String school = code("S7");
    createSchool(school, COMMUNE_A, "2025-07-01");

    Reply moved =
        post(
            "/" + school + "/moves",
            Map.of("parentCode", COMMUNE_B, "effectiveFrom", "2026-09-01"));

    assertThat(moved.status()).isEqualTo(200);
    JsonNode inAugust =
        http.get("/api/v1/org-units/" + school + "?asOf=2026-08-31").token(admin).send().json();
    JsonNode inSeptember =
        http.get("/api/v1/org-units/" + school + "?asOf=2026-09-01").token(admin).send().json();
    assertThat(inAugust.at("/unit/parentCode").asString()).isEqualTo(COMMUNE_A);
    assertThat(inSeptember.at("/unit/parentCode").asString()).isEqualTo(COMMUNE_B);
    assertThat(inSeptember.get("parentHistory").findValuesAsString("parentCode"))
        .containsExactly(COMMUNE_A, COMMUNE_B);
  }

  @Test
  void refusesAMoveThatWouldPutACommuneUnderItsOwnSchool() {
    Reply reply =
        post(
            "/" + COMMUNE_A + "/moves",
            Map.of("parentCode", SCHOOL_A_PRIMARY, "effectiveFrom", "2026-01-01"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo("cycle");
  }

  @Test
  void updatesOnlyWithTheCurrentETag() {
    String school = code("S6");
    createSchool(school, COMMUNE_A, "2025-07-01");
    String path = "/api/v1/org-units/" + school;
    String etag = http.get(path).token(admin).send().header("ETag");

    Reply withoutIfMatch =
        http.patch(path)
            .token(admin)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(Map.of("name", "Trường Tiểu học Lê Lợi"))
            .send();
    Reply updated =
        http.patch(path)
            .token(admin)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("If-Match", etag)
            .json(Map.of("name", "Trường Tiểu học Lê Lợi"))
            .send();
    Reply stale =
        http.patch(path)
            .token(admin)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("If-Match", etag)
            .json(Map.of("name", "Trường Tiểu học Trần Phú"))
            .send();

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("name").asString()).isEqualTo("Trường Tiểu học Lê Lợi");
    assertThat(updated.header("ETag")).isEqualTo("\"2\"");
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void searchesNamesWithoutDiacriticsAndPagesTheList() {
    Reply reply =
        http.get("/api/v1/org-units?q=hong%20bang&kind=COMMUNE&size=5").token(admin).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("items").findValuesAsString("code")).contains(COMMUNE_A);
    assertThat(reply.json().get("size").asInt()).isEqualTo(5);
    assertThat(http.get("/api/v1/org-units?size=500").token(admin).send().status()).isEqualTo(400);
  }

  @Test
  void announcesEveryChangeAsAnOrgUnitChangedEventThatMeetsItsContract() {
    String school = code("S5");
    createSchool(school, COMMUNE_A, "2025-07-01");
    post("/" + school + "/moves", Map.of("parentCode", COMMUNE_B, "effectiveFrom", "2026-09-01"));

    List<ConsumerRecord<String, String>> records =
        EmbeddedKafkaServer.get()
            .pollUntil(
                Topics.PLAN_ORG_UNIT,
                received -> received.stream().filter(r -> school.equals(r.key())).count() >= 2,
                Duration.ofSeconds(30))
            .stream()
            .filter(r -> school.equals(r.key()))
            .toList();

    assertThat(records).hasSize(2);
    records.forEach(r -> EventContract.assertConforms(r, OrgUnitChanged.class));
    assertThat(records.get(0).value()).contains("\"changeType\":\"CREATED\"", "\"revision\":1");
    assertThat(records.get(1).value())
        .contains(
            "\"changeType\":\"MOVED\"", "\"parentCode\":\"" + COMMUNE_B + "\"", "\"revision\":2");
  }

  @Test
  void answersNotModifiedForAnUnchangedTreeAndANewETagOnceItChanges() {
    String path = "/api/v1/org-units/tree?asOf=2026-10-01";
    Reply first = http.get(path).token(admin).send();
    String etag = first.header("ETag");

    Reply unchanged = http.get(path).token(admin).header("If-None-Match", etag).send();
    createSchool(code("S4"), COMMUNE_A, "2025-09-01");
    Reply changed = http.get(path).token(admin).header("If-None-Match", etag).send();

    assertThat(first.status()).isEqualTo(200);
    assertThat(etag).isNotBlank();
    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(etag);
  }
}
