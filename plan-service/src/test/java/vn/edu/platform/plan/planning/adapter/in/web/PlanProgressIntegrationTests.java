package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.onDate;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.plan.fixtures.PlanDocuments.under;
import static vn.edu.platform.plan.fixtures.PlanDocuments.weighing;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRESCHOOL;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.planning.application.port.in.DetectOverdueUseCase;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/** Progress recorded by units, rolled up to the plan; deadlines passing, detected once. */
class PlanProgressIntegrationTests extends PlanServiceIntegrationTest {

  @Autowired DetectOverdueUseCase overdue;
  private PlanApi api;

  @BeforeEach
  void api() {
    api = new PlanApi(http);
  }

  private Reply progress(String taskId, String school, Object percent) {
    return api.progress(
        taskId, school, Personas.principal(school), Map.of("percentComplete", percent));
  }

  @Test
  void rollsUpWeightedProgressFromTheAssignedUnitsToThePlan() {
    var due = onDate(today().plusDays(40));
    JsonNode plan =
        api.createIssued(
            plan(
                weighing(
                    assignedTo(task("1", "SGD31-VP", due), SCHOOL_A_PRESCHOOL, SCHOOL_A_PRIMARY),
                    3),
                task("2", "SGD31-GDTrH", due),
                assignedTo(under(task("2.1", "SGD31-GDTrH", due), "2"), SCHOOL_A_LOWER_SECONDARY),
                assignedTo(under(task("2.2", "SGD31-GDTrH", due), "2"), SCHOOL_B_PRIMARY)));
    String id = plan.get("id").asString();

    progress(PlanApi.taskId(plan, "1"), SCHOOL_A_PRESCHOOL, 100);
    progress(PlanApi.taskId(plan, "1"), SCHOOL_A_PRIMARY, 50);
    Reply last = progress(PlanApi.taskId(plan, "2.1"), SCHOOL_A_LOWER_SECONDARY, 40);
    JsonNode read = api.get("/" + id, Personas.departmentAdmin()).json();

    assertThat(last.status()).as(last.text()).isEqualTo(200);
    // task 1: (100 + 50) / 2 = 75; task 2: (40 + 0) / 2 = 20; plan: (3 × 75 + 1 × 20) / 4
    assertThat(PlanApi.task(read, "1").get("percentComplete").decimalValue())
        .isEqualByComparingTo("75");
    assertThat(PlanApi.task(read, "2").get("percentComplete").decimalValue())
        .isEqualByComparingTo("20");
    assertThat(read.get("percentComplete").decimalValue()).isEqualByComparingTo("61.25");
    assertThat(read.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(PlanApi.task(read, "1").get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(PlanApi.task(read, "1").at("/assignmentCounts/completed").asInt()).isEqualTo(1);
    JsonNode listed = api.get("?q=kiem%20thu&size=200", Personas.departmentAdmin()).json();
    assertThat(
            listed.get("items").findParents("id").stream()
                .filter(p -> p.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow()
                .get("percentComplete")
                .decimalValue())
        .isEqualByComparingTo("61.25");
  }

  @Test
  void detectsAPassedDeadlineOnceAndAnnouncesEachTransition() {
    JsonNode plan =
        api.createIssued(
            plan(
                assignedTo(
                    task("1", "SGD31-VP", onDate(today().plusDays(5))),
                    SCHOOL_A_PRIMARY,
                    SCHOOL_A_LOWER_SECONDARY)));
    UUID planId = UUID.fromString(plan.get("id").asString());
    String taskId = PlanApi.taskId(plan, "1");
    progress(taskId, SCHOOL_A_PRIMARY, 30);
    progress(taskId, SCHOOL_A_LOWER_SECONDARY, 100);

    PlanViews.OverdueRun first = overdue.detectOverdue(planId, today().plusDays(6));
    PlanViews.OverdueRun second = overdue.detectOverdue(planId, today().plusDays(7));

    assertThat(first.assignments()).isEqualTo(1);
    assertThat(first.tasks()).isEqualTo(1);
    assertThat(second.assignments()).isZero();
    assertThat(second.tasks()).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT status FROM plan_task_assignment WHERE task_id = :task ORDER BY unit_code")
                .param("task", UUID.fromString(taskId))
                .query(String.class)
                .list())
        .containsExactly("OVERDUE", "COMPLETED");
    List<ConsumerRecord<String, String>> overdueEvents =
        EmbeddedKafkaServer.get()
            .pollUntil(
                Topics.PLAN_TASK,
                records ->
                    records.stream()
                            .filter(r -> taskId.equals(r.key()))
                            .filter(r -> r.value().contains("\"toStatus\":\"OVERDUE\""))
                            .count()
                        >= 2,
                Duration.ofSeconds(30))
            .stream()
            .filter(r -> taskId.equals(r.key()))
            .filter(r -> r.value().contains("\"toStatus\":\"OVERDUE\""))
            .toList();
    assertThat(overdueEvents).hasSize(2);
    overdueEvents.forEach(r -> EventContract.assertConforms(r, TaskStatusChanged.class));
    assertThat(overdueEvents)
        .extracting(ConsumerRecord::value)
        .anySatisfy(v -> assertThat(v).contains("\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\""))
        .anySatisfy(v -> assertThat(v).contains("\"unitCode\":null"));
  }

  @Test
  void showsWorkPastItsDeadlineAsOverdueBeforeTheScanAndKeepsItOverdueUntilCompleted() {
    JsonNode plan =
        api.createIssued(
            plan(
                assignedTo(task("1", "SGD31-VP", onDate(today().minusDays(1))), SCHOOL_A_PRIMARY)));
    String taskId = PlanApi.taskId(plan, "1");

    Reply partly = progress(taskId, SCHOOL_A_PRIMARY, 60);
    Reply done = progress(taskId, SCHOOL_A_PRIMARY, 100);
    JsonNode read = api.get("/" + plan.get("id").asString(), Personas.departmentAdmin()).json();

    assertThat(PlanApi.task(plan, "1").get("status").asString()).isEqualTo("OVERDUE");
    assertThat(plan.get("overdueTaskCount").asInt()).isEqualTo(1);
    assertThat(partly.json().get("status").asString()).isEqualTo("OVERDUE");
    assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
    assertThat(PlanApi.task(read, "1").get("status").asString()).isEqualTo("COMPLETED");
    assertThat(read.get("percentComplete").decimalValue()).isEqualByComparingTo("100");
  }

  @Test
  void movingADeadlineLaterReopensOverdueWork() {
    JsonNode plan =
        api.createIssued(
            plan(
                assignedTo(task("1", "SGD31-VP", onDate(today().minusDays(2))), SCHOOL_A_PRIMARY)));
    String taskId = PlanApi.taskId(plan, "1");
    Reply task = api.get("/tasks/" + taskId, Personas.departmentAdmin());

    Reply moved =
        api.patch(
            "/tasks/" + taskId,
            Personas.departmentAdmin(),
            task.header("ETag"),
            Map.of("deadline", Map.of("kind", "DATE", "date", today().plusDays(30).toString())));

    assertThat(task.json().at("/assignments/0/status").asString()).isEqualTo("OVERDUE");
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.json().at("/task/status").asString()).isEqualTo("NOT_STARTED");
    assertThat(moved.json().at("/assignments/0/status").asString()).isEqualTo("NOT_STARTED");
    assertThat(
            jdbc.sql("SELECT status FROM plan_task_assignment WHERE task_id = :task")
                .param("task", UUID.fromString(taskId))
                .query(String.class)
                .single())
        .isEqualTo("NOT_STARTED");
  }

  @Test
  void refusesProgressOnADraftAndInconsistentValues() {
    JsonNode draft =
        api.create(
            plan(assignedTo(task("1", "SGD31-VP", onDate(today().plusDays(3))), SCHOOL_A_PRIMARY)));
    JsonNode issued =
        api.createIssued(
            plan(assignedTo(task("1", "SGD31-VP", onDate(today().plusDays(3))), SCHOOL_A_PRIMARY)));

    Reply onDraft = progress(PlanApi.taskId(draft, "1"), SCHOOL_A_PRIMARY, 10);
    Reply mismatch =
        api.progress(
            PlanApi.taskId(issued, "1"),
            SCHOOL_A_PRIMARY,
            Personas.principal(SCHOOL_A_PRIMARY),
            Map.of("status", "COMPLETED", "percentComplete", 80));
    Reply outOfRange = progress(PlanApi.taskId(issued, "1"), SCHOOL_A_PRIMARY, 130);

    assertThat(onDraft.status()).isEqualTo(409);
    assertThat(onDraft.json().get("code").asString()).isEqualTo("plan-not-issued");
    assertThat(mismatch.status()).isEqualTo(422);
    assertThat(mismatch.json().at("/errors/0/code").asString())
        .isEqualTo("status-percent-mismatch");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().at("/errors/0/pointer").asString()).isEqualTo("/percentComplete");
  }

  @Test
  void assignsATaskToMoreUnitsAndGroupsLater() {
    JsonNode plan = api.createIssued(plan(task("1", "SGD31-VP", onDate(today().plusDays(3)))));
    String taskId = PlanApi.taskId(plan, "1");

    Reply added =
        api.post(
            "/tasks/" + taskId + "/assignments",
            Personas.departmentAdmin(),
            Map.of("unitCodes", List.of(SCHOOL_A_PRIMARY), "groups", List.of("COMMUNES")));
    Reply unknown =
        api.post(
            "/tasks/" + taskId + "/assignments",
            Personas.departmentAdmin(),
            Map.of("unitCodes", List.of("S999999")));

    assertThat(added.status()).as(added.text()).isEqualTo(200);
    assertThat(added.json().get("added").findValuesAsString("unitCode"))
        .contains(SCHOOL_A_PRIMARY, "X11311", "X11629");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().at("/errors/0/pointer").asString()).isEqualTo("/unitCodes/0");
    assertThat(unknown.json().at("/errors/0/code").asString()).isEqualTo("unknown-unit");
  }
}
