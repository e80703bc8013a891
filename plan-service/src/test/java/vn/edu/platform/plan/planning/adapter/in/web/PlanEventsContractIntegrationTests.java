package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.inMonth;
import static vn.edu.platform.plan.fixtures.PlanDocuments.percentTarget;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.PlanIssued;
import vn.edu.platform.events.plan.PlanStatusChanged;
import vn.edu.platform.events.plan.TargetAdded;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/**
 * The public events of plans as a consumer reads them from the broker: PlanIssued on issue,
 * TaskAssigned per task (and again when its units change), TaskStatusChanged per unit and per task,
 * PlanStatusChanged per status transition, TargetAdded for a target added after issue, each against
 * its JSON Schema and CloudEvents headers.
 */
class PlanEventsContractIntegrationTests extends PlanServiceIntegrationTest {

  private PlanApi api;

  @BeforeEach
  void api() {
    api = new PlanApi(http);
  }

  private static List<ConsumerRecord<String, String>> records(
      String topic, String key, Predicate<String> value, int atLeast) {
    Predicate<ConsumerRecord<String, String>> matches =
        r -> key.equals(r.key()) && value.test(r.value());
    return EmbeddedKafkaServer.get()
        .pollUntil(
            topic,
            received -> received.stream().filter(matches).count() >= atLeast,
            Duration.ofSeconds(30))
        .stream()
        .filter(matches)
        .toList();
  }

  @Test
  void issuingAPlanPublishesPlanIssuedAndTaskAssignedPerTask() {
    var document =
        plan(
            assignedTo(
                task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(2)))),
                SCHOOL_A_PRIMARY,
                SCHOOL_B_PRIMARY));
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) document.get("targets");
    targets.add(percentTarget("Tỷ lệ học sinh có học bạ số", 100));
    document.put(
        "phases",
        List.of(
            Map.of(
                "code",
                "P1",
                "from",
                today().minusDays(30).toString(),
                "to",
                today().plusYears(1).toString())));
    String planId = api.create(document).get("id").asString();
    JsonNode issued = api.issue(planId);
    String taskId = PlanApi.taskId(issued, "1");

    List<ConsumerRecord<String, String>> planIssued =
        records(Topics.PLAN_PLAN, planId, v -> v.contains("\"issuedOn\""), 1);
    List<ConsumerRecord<String, String>> taskAssigned =
        records(Topics.PLAN_TASK, taskId, v -> v.contains("\"assignedUnitCodes\""), 1);

    assertThat(planIssued).hasSize(1);
    EventContract.assertConforms(planIssued.getFirst(), PlanIssued.class);
    assertThat(planIssued.getFirst().value())
        .contains("\"number\":\"" + document.get("number") + "\"", "\"code\":\"P1\"")
        .contains(issued.at("/targets/0/id").asString());
    assertThat(taskAssigned).hasSize(1);
    EventContract.assertConforms(taskAssigned.getFirst(), TaskAssigned.class);
    assertThat(taskAssigned.getFirst().value())
        .contains(
            "\"leadUnitCode\":\"SGD31-VP\"",
            "\"assignedUnitCodes\":[\"" + SCHOOL_A_PRIMARY + "\",\"" + SCHOOL_B_PRIMARY + "\"]",
            "\"kind\":\"MONTH\"");
  }

  @Test
  void progressPublishesTaskStatusChangedPerUnitAndForTheTaskWhenItCompletes() {
    JsonNode plan =
        api.createIssued(
            plan(
                assignedTo(
                    task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(2)))),
                    SCHOOL_A_PRIMARY)));
    String taskId = PlanApi.taskId(plan, "1");

    api.progress(
        taskId,
        SCHOOL_A_PRIMARY,
        Personas.principal(SCHOOL_A_PRIMARY),
        Map.of("percentComplete", 40));
    api.progress(
        taskId,
        SCHOOL_A_PRIMARY,
        Personas.principal(SCHOOL_A_PRIMARY),
        Map.of("status", "COMPLETED"));

    List<ConsumerRecord<String, String>> changes =
        records(Topics.PLAN_TASK, taskId, v -> v.contains("\"toStatus\""), 4);
    changes.forEach(r -> EventContract.assertConforms(r, TaskStatusChanged.class));
    assertThat(changes)
        .extracting(ConsumerRecord::value)
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains(
                        "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
                        "\"fromStatus\":\"NOT_STARTED\"",
                        "\"toStatus\":\"IN_PROGRESS\"",
                        "\"percentComplete\":40"))
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains(
                        "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
                        "\"toStatus\":\"COMPLETED\"",
                        "\"percentComplete\":100"))
        .anySatisfy(
            v -> assertThat(v).contains("\"unitCode\":null", "\"toStatus\":\"IN_PROGRESS\""))
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains(
                        "\"unitCode\":null",
                        "\"fromStatus\":\"IN_PROGRESS\"",
                        "\"toStatus\":\"COMPLETED\""));
  }

  @Test
  void assigningMoreUnitsLaterPublishesTheTasksFullStateAgain() {
    JsonNode plan =
        api.createIssued(
            plan(task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(2))))));
    String taskId = PlanApi.taskId(plan, "1");

    api.post(
        "/tasks/" + taskId + "/assignments",
        Personas.departmentAdmin(),
        Map.of("unitCodes", List.of(SCHOOL_A_PRIMARY)));

    List<ConsumerRecord<String, String>> assigned =
        records(Topics.PLAN_TASK, taskId, v -> v.contains("\"assignedUnitCodes\""), 2);
    assigned.forEach(r -> EventContract.assertConforms(r, TaskAssigned.class));
    assertThat(assigned.get(0).value()).contains("\"assignedUnitCodes\":[\"SGD31-VP\"]");
    assertThat(assigned.get(1).value())
        .contains("\"assignedUnitCodes\":[\"SGD31-VP\",\"" + SCHOOL_A_PRIMARY + "\"]");
  }

  @Test
  void everyStatusTransitionOfAPlanPublishesPlanStatusChanged() {
    JsonNode plan =
        api.create(plan(task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(2))))));
    String planId = plan.get("id").asString();

    api.issue(planId);
    api.post("/" + planId + "/close", Personas.departmentAdmin(), Map.of());
    api.post("/" + planId + "/reopen", Personas.departmentAdmin(), Map.of());

    List<ConsumerRecord<String, String>> changes =
        records(Topics.PLAN_PLAN, planId, v -> v.contains("\"toStatus\""), 3);
    changes.forEach(r -> EventContract.assertConforms(r, PlanStatusChanged.class));
    assertThat(changes)
        .extracting(ConsumerRecord::value)
        .anySatisfy(
            v -> assertThat(v).contains("\"fromStatus\":\"DRAFT\"", "\"toStatus\":\"ISSUED\""))
        .anySatisfy(
            v -> assertThat(v).contains("\"fromStatus\":\"ISSUED\"", "\"toStatus\":\"CLOSED\""))
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains("\"fromStatus\":\"CLOSED\"", "\"toStatus\":\"IN_PROGRESS\""));
    assertThat(changes.getFirst().value())
        .contains("\"number\":\"" + plan.get("number").asString());
  }

  @Test
  void aTargetAddedAfterIssuePublishesTargetAdded() {
    JsonNode plan =
        api.createIssued(
            plan(task("1", "SGD31-VP", inMonth(YearMonth.from(today().plusMonths(2))))));
    String planId = plan.get("id").asString();

    var reply =
        api.post(
            "/" + planId + "/targets",
            Personas.departmentAdmin(),
            percentTarget("Tỷ lệ trường có học bạ số", 95.5));

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    List<ConsumerRecord<String, String>> added =
        records(Topics.PLAN_PLAN, planId, v -> v.contains("\"targetId\""), 1);
    assertThat(added).hasSize(1);
    EventContract.assertConforms(added.getFirst(), TargetAdded.class);
    assertThat(added.getFirst().value())
        .contains(
            "\"targetId\":\"" + reply.json().get("id").asString() + "\"",
            "\"targetValue\":95.5",
            "\"scopeLevel\":\"PROVINCE\"",
            "\"dueOn\":\"" + (today().getYear() + 1) + "-12-31\"");
  }
}
