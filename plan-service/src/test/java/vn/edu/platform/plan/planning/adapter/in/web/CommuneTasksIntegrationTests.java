package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.onDate;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * "My tasks" of a commune with its schools, answered from the work items: they include the schools'
 * assignments, follow a school moved to another commune, follow progress and the plan's status, and
 * the page is read from one index range however many schools the commune has. Each test opens
 * communes and schools of its own.
 */
class CommuneTasksIntegrationTests extends PlanServiceIntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final LocalDate OPENED = LocalDate.of(2025, 7, 1);

  private PlanApi api;
  private String prefix;

  @BeforeEach
  void api() {
    api = new PlanApi(http);
    prefix = "7" + (System.nanoTime() % 1000) + SEQUENCE.incrementAndGet();
  }

  private String commune(String name) {
    String code = "X" + prefix + name;
    directory.create(
        new OrgUnitCommands.CreateOrgUnit(
            code,
            "Xã Kiểm Thử " + code,
            OrgUnitKind.COMMUNE,
            null,
            null,
            null,
            DEPARTMENT,
            OPENED));
    return code;
  }

  private String school(String commune, int n) {
    String code = "S" + prefix + "n" + n;
    directory.create(
        new OrgUnitCommands.CreateOrgUnit(
            code,
            "Trường Tiểu học Kiểm Thử " + code,
            OrgUnitKind.SCHOOL,
            SchoolLevel.PRIMARY,
            Ownership.PUBLIC,
            null,
            commune,
            OPENED));
    return code;
  }

  private Reply communeTasks(String commune, String query) {
    return api.get(
        "/my-tasks?includeSubunits=true&size=200" + query, Personas.communeOfficer(commune));
  }

  private static List<String> units(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().get("items").findValuesAsString("unitCode");
  }

  @Test
  void aCommunesTasksIncludeItsSchoolsAndFollowASchoolMovedToAnotherCommune() {
    String communeA = commune("A");
    String communeB = commune("B");
    String staying = school(communeA, 1);
    String moving = school(communeA, 2);
    JsonNode plan =
        api.createIssued(
            plan(
                assignedTo(
                    task("1", "SGD31-VP", onDate(today().plusDays(10))), communeA, staying, moving),
                assignedTo(task("2", "SGD31-VP", onDate(today().plusDays(20))), moving)));

    Reply before = communeTasks(communeA, "");
    Reply otherBefore = communeTasks(communeB, "");
    directory.move(new OrgUnitCommands.MoveOrgUnit(moving, communeB, today()));
    Reply after = communeTasks(communeA, "");
    Reply otherAfter = communeTasks(communeB, "");
    Reply movedSchool = api.get("/my-tasks", Personas.schoolAdmin(moving));

    assertThat(units(before)).containsExactlyInAnyOrder(communeA, staying, moving, moving);
    assertThat(before.json().get("totalItems").asLong()).isEqualTo(4);
    assertThat(before.json().get("items").findValuesAsString("taskNumber"))
        .as("by due date, then unit")
        .containsExactly("1", "1", "1", "2");
    assertThat(units(otherBefore)).isEmpty();
    assertThat(units(after)).containsExactlyInAnyOrder(communeA, staying);
    assertThat(units(otherAfter)).containsExactly(moving, moving);
    assertThat(otherAfter.json().at("/items/0/planNumber").asString())
        .isEqualTo(plan.get("number").asString());
    assertThat(units(movedSchool)).containsExactly(moving, moving);
  }

  @Test
  void aCommunesTasksFollowProgressAndThePlansStatus() {
    String commune = commune("C");
    String school = school(commune, 1);
    JsonNode plan =
        api.createIssued(
            plan(assignedTo(task("1", "SGD31-VP", onDate(today().plusDays(10))), commune, school)));
    String planId = plan.get("id").asString();

    api.progress(
        PlanApi.taskId(plan, "1"),
        school,
        Personas.principal(school),
        Map.of("status", "COMPLETED"));
    Reply open = communeTasks(commune, "");
    Reply completed = communeTasks(commune, "&status=COMPLETED");
    Reply closedPlan = api.post("/" + planId + "/close", Personas.departmentAdmin(), Map.of());
    Reply whileClosed = communeTasks(commune, "&status=COMPLETED&status=NOT_STARTED");
    api.post("/" + planId + "/reopen", Personas.departmentAdmin(), Map.of());
    Reply reopened = communeTasks(commune, "&status=COMPLETED&status=NOT_STARTED");

    assertThat(units(open)).containsExactly(commune);
    assertThat(units(completed)).containsExactly(school);
    assertThat(completed.json().at("/items/0/percentComplete").asInt()).isEqualTo(100);
    assertThat(closedPlan.status()).as(closedPlan.text()).isEqualTo(200);
    assertThat(units(whileClosed)).isEmpty();
    assertThat(units(reopened)).containsExactlyInAnyOrder(commune, school);
  }

  /**
   * A commune of 60 schools with 20 tasks each (1,200 open assignments): the page of 50 is the
   * first 50 entries of the work-item index, not a sort of all 1,200, and the paged answer is the
   * same as the single-unit query's order.
   */
  @Test
  void thePageOfALargeCommuneIsReadFromOneIndexRange() {
    String commune = commune("D");
    List<String> schools = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      schools.add(school(commune, i));
    }
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (int t = 1; t <= 20; t++) {
      tasks.add(
          assignedTo(
              task(String.valueOf(t), "SGD31-VP", onDate(today().plusDays(t))),
              schools.toArray(String[]::new)));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> document = plan(tasks.toArray(Map[]::new));
    api.createIssued(document);
    jdbc.sql("ANALYZE plan_work_item").update();

    Reply firstPage =
        api.get("/my-tasks?includeSubunits=true&size=50", Personas.communeOfficer(commune));
    Reply lastPage =
        api.get("/my-tasks?includeSubunits=true&size=50&page=23", Personas.communeOfficer(commune));
    String plan =
        jdbc.sql(
                """
                EXPLAIN (ANALYZE, FORMAT JSON)
                SELECT w.task_id, w.unit_code FROM plan_work_item w
                 WHERE w.viewer_unit_code = :unit
                   AND ((w.status = 'NOT_STARTED' AND (w.due_date IS NULL OR w.due_date >= :today))
                        OR (w.status = 'IN_PROGRESS' AND (w.due_date IS NULL OR w.due_date >= :today))
                        OR w.status = 'OVERDUE'
                        OR (w.status IN ('NOT_STARTED', 'IN_PROGRESS') AND w.due_date < :today))
                 ORDER BY w.due_date, w.plan_number, w.task_ordinal, w.unit_code
                 LIMIT 50
                """)
            .param("unit", commune)
            .param("today", today())
            .query(String.class)
            .single();

    assertThat(firstPage.json().get("totalItems").asLong()).isEqualTo(1200);
    assertThat(firstPage.json().get("items")).hasSize(50);
    assertThat(firstPage.json().get("items").findValuesAsString("taskNumber")).containsOnly("1");
    assertThat(firstPage.json().at("/items/0/unitCode").asString()).isEqualTo(schools.getFirst());
    assertThat(lastPage.json().get("items")).hasSize(50);
    assertThat(lastPage.json().get("items").findValuesAsString("taskNumber")).containsOnly("20");
    JsonNode scan = indexScan(JsonMapper.builder().build().readTree(plan).get(0).get("Plan"));
    assertThat(scan).as(plan).isNotNull();
    assertThat(scan.get("Actual Rows").asLong()).as(plan).isLessThanOrEqualTo(50);
  }

  /** The node that reads {@code plan_work_item_due_idx}, anywhere in the plan; null if none. */
  private static JsonNode indexScan(JsonNode node) {
    if ("plan_work_item_due_idx".equals(node.path("Index Name").asString(""))) {
      return node;
    }
    for (JsonNode child : node.path("Plans")) {
      JsonNode found = indexScan(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
