package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.onDate;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.recurring;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * "My tasks" and the reminders of a unit. Each test opens a school of its own in commune A, so its
 * lists hold exactly the work the test gave it.
 */
class DueWorkApiIntegrationTests extends PlanServiceIntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private PlanApi api;
  private String school;
  private JsonNode plan;

  @BeforeEach
  void aSchoolWithWork() {
    api = new PlanApi(http);
    school = "S3199" + (System.nanoTime() % 1000) + SEQUENCE.incrementAndGet();
    directory.create(
        new OrgUnitCommands.CreateOrgUnit(
            school,
            "Trường Tiểu học Kiểm Thử " + school,
            OrgUnitKind.SCHOOL,
            SchoolLevel.PRIMARY,
            Ownership.PUBLIC,
            null,
            COMMUNE_A,
            LocalDate.of(2025, 9, 1)));
    LocalDate soon = today().plusDays(3);
    String yearly =
        "FREQ=YEARLY;BYMONTH=" + soon.getMonthValue() + ";BYMONTHDAY=" + soon.getDayOfMonth();
    plan =
        api.createIssued(
            plan(
                assignedTo(task("1", "SGD31-VP", onDate(today().minusDays(2))), school),
                assignedTo(task("2", "SGD31-VP", onDate(soon)), school),
                assignedTo(task("3", "SGD31-VP", onDate(today().plusDays(40))), school),
                assignedTo(task("4", "SGD31-VP", recurring(yearly)), school),
                assignedTo(task("5", "SGD31-VP", onDate(soon)), SCHOOL_B_PRIMARY)));
  }

  private static List<String> numbers(JsonNode items) {
    return items.findValuesAsString("taskNumber");
  }

  @Test
  void listsTheSchoolsOpenAssignmentsByDueDateWithRecurringLast() {
    Reply mine = api.get("/my-tasks", Personas.schoolAdmin(school));

    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    assertThat(numbers(mine.json().get("items"))).containsExactly("1", "2", "3", "4");
    assertThat(mine.json().get("totalItems").asLong()).isEqualTo(4);
    assertThat(mine.json().at("/items/0/status").asString()).isEqualTo("OVERDUE");
    assertThat(mine.json().at("/items/1/status").asString()).isEqualTo("NOT_STARTED");
    assertThat(mine.json().at("/items/0/planNumber").asString())
        .isEqualTo(plan.get("number").asString());
  }

  @Test
  void filtersByStatusDueWindowAndPlanAndPages() {
    String token = Personas.schoolAdmin(school);
    String planId = plan.get("id").asString();

    Reply overdue = api.get("/my-tasks?status=OVERDUE", token);
    Reply window =
        api.get(
            "/my-tasks?dueFrom=" + today() + "&dueTo=" + today().plusDays(7) + "&planId=" + planId,
            token);
    Reply secondPage = api.get("/my-tasks?size=1&page=1", token);
    api.progress(
        PlanApi.taskId(plan, "3"),
        school,
        Personas.principal(school),
        Map.of("status", "COMPLETED"));
    Reply completed = api.get("/my-tasks?status=COMPLETED", token);

    assertThat(numbers(overdue.json().get("items"))).containsExactly("1");
    assertThat(numbers(window.json().get("items"))).containsExactly("2");
    assertThat(numbers(secondPage.json().get("items"))).containsExactly("2");
    assertThat(secondPage.json().get("totalPages").asLong()).isEqualTo(4);
    assertThat(numbers(completed.json().get("items"))).containsExactly("3");
  }

  @Test
  void aCommuneOfficerAddsItsSchoolsOnlyWhenAsked() {
    String officer = Personas.communeOfficer(COMMUNE_A);
    String planId = plan.get("id").asString();

    Reply own = api.get("/my-tasks?planId=" + planId, officer);
    Reply withSchools = api.get("/my-tasks?includeSubunits=true&planId=" + planId, officer);
    Reply otherCommune = api.get("/my-tasks?unitCode=" + SCHOOL_B_PRIMARY, officer);

    assertThat(own.json().get("items")).isEmpty();
    assertThat(numbers(withSchools.json().get("items"))).containsExactly("1", "2", "3", "4");
    assertThat(otherCommune.status()).isEqualTo(403);
  }

  @Test
  void remindsOfOverdueWorkAndWorkDueWithinTheWindowIncludingTheNextOccurrence() {
    Reply reminders = api.get("/reminders?withinDays=7", Personas.principal(school));
    Reply forTheSchool =
        api.get("/reminders?unitCode=" + school + "&withinDays=7", Personas.departmentOfficer());
    Reply tooFar = api.get("/reminders?withinDays=400", Personas.principal(school));

    assertThat(reminders.status()).as(reminders.text()).isEqualTo(200);
    assertThat(numbers(reminders.json().get("overdue"))).containsExactly("1");
    assertThat(numbers(reminders.json().get("dueSoon"))).containsExactlyInAnyOrder("2", "4");
    assertThat(reminders.json().get("dueSoon").findValuesAsString("dueOn"))
        .containsOnly(today().plusDays(3).toString());
    assertThat(forTheSchool.json().get("overdue")).hasSize(1);
    assertThat(tooFar.status()).isEqualTo(400);
  }
}
