package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.inMonth;
import static vn.edu.platform.plan.fixtures.PlanDocuments.onDate;
import static vn.edu.platform.plan.fixtures.PlanDocuments.percentTarget;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.recurring;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.plan.fixtures.PlanDocuments.under;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** The department records, changes, issues, closes and reopens plans; bad documents are refused. */
class PlanLifecycleApiIntegrationTests extends PlanServiceIntegrationTest {

  private final String admin = Personas.departmentAdmin();
  private PlanApi api;

  @BeforeEach
  void api() {
    api = new PlanApi(http);
  }

  @Test
  void recordsAPlanDocumentWithTargetsAndATaskTree() {
    Map<String, Object> document =
        plan(
            task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(3)))),
            under(task("1.1", "SGD31-GDTrH", onDate(today().plusDays(20))), "1"),
            assignedTo(task("2", "SGD31-VP", recurring(null)), "S311002"));
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) document.get("targets");
    targets.add(percentTarget("Tỷ lệ học sinh có học bạ số", 100));

    Reply created = api.post("", admin, document);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode plan = created.json();
    assertThat(created.header("Location")).endsWith("/api/v1/plans/" + plan.get("id").asString());
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
    assertThat(plan.get("taskCount").asInt()).isEqualTo(3);
    assertThat(plan.get("percentComplete").decimalValue()).isEqualByComparingTo("0");
    assertThat(plan.at("/targets/0/minValue").decimalValue()).isEqualByComparingTo("0");
    assertThat(plan.at("/targets/0/maxValue").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.at("/tasks/0/number").asString()).isEqualTo("1");
    assertThat(plan.at("/tasks/0/subtasks/0/number").asString()).isEqualTo("1.1");
    assertThat(plan.at("/tasks/0/deadline/label").asString()).startsWith("Tháng ");
    assertThat(plan.at("/tasks/1/deadline/label").asString()).isEqualTo("Thường xuyên");
    assertThat(plan.at("/tasks/1/assignmentCounts/total").asInt()).isEqualTo(1);
    // without assigned units, the lead unit carries the task
    assertThat(plan.at("/tasks/0/assignmentCounts/total").asInt()).isEqualTo(1);
    Reply read = api.get("/" + plan.get("id").asString(), Personas.departmentOfficer());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("title").asString()).isEqualTo("Kế hoạch kiểm thử chuyển đổi số");
  }

  @Test
  void refusesANulInTheTitleAsAFieldErrorBeforeTheDatabaseSeesIt() {
    Map<String, Object> document = plan(task("1", "SGD31-VP", onDate(today().plusDays(5))));
    document.put("title", "Kế hoạch\u0000 kiểm thử");

    Reply refused = api.post("", admin, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(refused.json().get("errors")).hasSize(1);
    assertThat(refused.json().at("/errors/0/pointer").asString()).isEqualTo("/title");
    assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("text-control-character");
  }

  @Test
  void answersTheSameNumberAgainWithPlanExistsAndTheSameKeyWithTheStoredResponse() {
    Map<String, Object> document = plan(task("1", "SGD31-VP", onDate(today().plusDays(5))));
    String key = UUID.randomUUID().toString();

    Reply first =
        http.post(PlanApi.BASE).token(admin).header("Idempotency-Key", key).json(document).send();
    Reply replay =
        http.post(PlanApi.BASE).token(admin).header("Idempotency-Key", key).json(document).send();
    Reply again = api.post("", admin, document);

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("plan-exists");
    assertThat(again.json().get("detail").asString()).contains(first.json().get("id").asString());
  }

  @Test
  void refusesABadDocumentWithAFieldPointerForEveryBrokenRule() {
    Map<String, Object> tooEarly = task("1", "SGD31-VP", onDate(today().minusDays(40)));
    Map<String, Object> unknownLead = task("2", "SGD31-NOPE", onDate(today().plusDays(5)));
    Map<String, Object> cycleA = under(task("3", "SGD31-VP", onDate(today().plusDays(5))), "3.1");
    Map<String, Object> cycleB = under(task("3.1", "SGD31-VP", onDate(today().plusDays(5))), "3");
    Map<String, Object> selfCoordinating = task("4", "SGD31-VP", onDate(today().plusDays(5)));
    selfCoordinating.put("coordinatingUnitCodes", List.of("SGD31-GDTrH", "SGD31-VP"));
    Map<String, Object> document = plan(tooEarly, unknownLead, cycleA, cycleB, selfCoordinating);
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) document.get("targets");
    targets.add(percentTarget("Tỷ lệ trường đạt chuẩn quốc gia", 120));

    Reply refused = api.post("", admin, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().get("code").asString()).isEqualTo("plan-rule");
    List<String[]> errors = new ArrayList<>();
    refused
        .json()
        .get("errors")
        .forEach(
            e -> errors.add(new String[] {e.get("pointer").asString(), e.get("code").asString()}));
    assertThat(errors)
        .extracting(e -> e[0], e -> e[1])
        .contains(
            tuple("/tasks/0/deadline", "deadline-before-plan-date"),
            tuple("/tasks/1/leadUnitCode", "unknown-unit"),
            tuple("/tasks/4/coordinatingUnitCodes/1", "lead-also-coordinating"),
            tuple("/targets/0/targetValue", "value-out-of-range"));
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e[0]).isIn("/tasks/2/parentNumber", "/tasks/3/parentNumber");
              assertThat(e[1]).isEqualTo("task-cycle");
            });
  }

  @Test
  void refusesAMalformedDeadlineAndAMissingTitleWithPointers() {
    Map<String, Object> badDeadline =
        task("1", "SGD31-VP", Map.of("kind", "MONTH", "date", today().toString()));
    Map<String, Object> document = plan(badDeadline);

    Reply shape = api.post("", admin, document);
    document.remove("title");
    Reply missing = api.post("", admin, document);

    assertThat(shape.status()).isEqualTo(422);
    assertThat(shape.json().at("/errors/0/pointer").asString()).startsWith("/tasks/0/deadline/");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/pointer").asString()).isEqualTo("/title");
  }

  @Test
  void movesADraftThroughIssueCloseAndReopenAndFreezesItWhileClosed() {
    String id =
        api.create(plan(task("1", "SGD31-VP", onDate(today().plusDays(9))))).get("id").asString();

    JsonNode issued = api.issue(id);
    Reply issuedTwice = api.post("/" + id + "/issue", admin, Map.of());
    Reply closed = api.post("/" + id + "/close", admin, Map.of());
    Reply patchClosed =
        api.patch("/" + id, admin, closed.header("ETag"), Map.of("title", "Tên mới"));
    Reply taskOnClosed =
        api.post(
            "/" + id + "/tasks",
            admin,
            Map.of(
                "number", "2",
                "content", "Thêm",
                "leadUnitCode", "SGD31-VP",
                "deadline", Map.of("kind", "YEAR", "year", today().getYear() + 1)));
    Reply reopened = api.post("/" + id + "/reopen", admin, Map.of());
    Reply byOfficer = api.post("/" + id + "/close", Personas.departmentOfficer(), Map.of());

    assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
    assertThat(issuedTwice.status()).isEqualTo(409);
    assertThat(issuedTwice.json().get("code").asString()).isEqualTo("plan-status-transition");
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(patchClosed.status()).isEqualTo(409);
    assertThat(patchClosed.json().get("code").asString()).isEqualTo("plan-closed");
    assertThat(taskOnClosed.status()).isEqualTo(409);
    assertThat(reopened.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(byOfficer.status()).isEqualTo(403);
  }

  @Test
  void changesAHeaderOnlyWithTheCurrentETagAndKeepsAnIssuedPlansNumber() {
    JsonNode created = api.create(plan(task("1", "SGD31-VP", onDate(today().plusDays(9)))));
    String id = created.get("id").asString();

    Reply withoutIfMatch = api.patch("/" + id, admin, null, Map.of("title", "A"));
    Reply stale = api.patch("/" + id, admin, "\"7\"", Map.of("title", "A"));
    Reply changed = api.patch("/" + id, admin, "\"1\"", Map.of("title", "Kế hoạch đã sửa"));
    api.issue(id);
    Reply renumbered =
        api.patch("/" + id, admin, "\"3\"", Map.of("number", "1/KH-SGDĐT-" + UUID.randomUUID()));

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(changed.json().get("title").asString()).isEqualTo("Kế hoạch đã sửa");
    assertThat(renumbered.status()).isEqualTo(422);
    assertThat(renumbered.json().at("/errors/0/code").asString()).isEqualTo("frozen-field");
  }

  @Test
  void linksALegalBasisToThePlanOfThisSystemWithThatNumber() {
    Map<String, Object> base = plan(task("1", "SGD31-VP", onDate(today().plusDays(9))));
    JsonNode basePlan = api.create(base);
    Map<String, Object> implementing = plan(task("1", "SGD31-VP", onDate(today().plusDays(9))));
    implementing.put(
        "legalBases",
        List.of(Map.of("documentNumber", base.get("number"), "title", "Kế hoạch gốc")));

    JsonNode created = api.create(implementing);

    assertThat(created.at("/legalBases/0/planId").asString())
        .isEqualTo(basePlan.get("id").asString());
  }

  @Test
  void refusesAMoveThatWouldPutATaskUnderItsOwnSubTask() {
    JsonNode created =
        api.create(
            plan(
                task("1", "SGD31-VP", onDate(today().plusDays(9))),
                under(task("1.1", "SGD31-VP", onDate(today().plusDays(9))), "1")));
    String parent = PlanApi.taskId(created, "1");
    String child = PlanApi.taskId(created, "1.1");

    Reply cycle = api.post("/tasks/" + parent + "/move", admin, Map.of("parentTaskId", child));
    Map<String, Object> toTop = new java.util.HashMap<>();
    toTop.put("parentTaskId", null);
    Reply top = api.post("/tasks/" + child + "/move", admin, toTop);

    assertThat(cycle.status()).isEqualTo(422);
    assertThat(cycle.json().at("/errors/0/pointer").asString()).isEqualTo("/parentTaskId");
    assertThat(cycle.json().at("/errors/0/code").asString()).isEqualTo("task-cycle");
    assertThat(top.status()).as(top.text()).isEqualTo(200);
    assertThat(top.json().at("/task/parentTaskId").isNull()).isTrue();
  }

  @Test
  void auditsEveryChangeOfAPlanAndItsTasks() {
    JsonNode created = api.create(plan(task("1", "SGD31-VP", onDate(today().plusDays(9)))));
    String id = created.get("id").asString();
    String taskId = PlanApi.taskId(created, "1");
    api.issue(id);
    api.patch(
        "/tasks/" + taskId,
        admin,
        "\"1\"",
        Map.of("deadline", Map.of("kind", "DATE", "date", today().plusDays(12).toString())));

    List<String> planEntries =
        jdbc.sql(
                "SELECT action || ' ' || purpose FROM platform.audit_event WHERE resource_type ="
                    + " 'plan' AND resource_id = :id ORDER BY seq")
            .param("id", id)
            .query(String.class)
            .list();
    List<String> taskEntries =
        jdbc.sql(
                "SELECT action || ' ' || purpose FROM platform.audit_event WHERE resource_type ="
                    + " 'plan-task' AND resource_id = :id ORDER BY seq")
            .param("id", taskId)
            .query(String.class)
            .list();

    assertThat(planEntries).hasSize(2);
    assertThat(planEntries.get(0)).startsWith("CREATE record plan");
    assertThat(planEntries.get(1)).startsWith("UPDATE issue plan");
    assertThat(taskEntries).contains("CREATE record task", "UPDATE update task 1");
  }
}
