package vn.edu.platform.plan.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.assignedTo;
import static vn.edu.platform.plan.fixtures.PlanDocuments.onDate;
import static vn.edu.platform.plan.fixtures.PlanDocuments.plan;
import static vn.edu.platform.plan.fixtures.PlanDocuments.task;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Who sees and changes what: the department everything, a unit the issued plans and tasks that
 * involve it (404 for the others), a commune officer its schools' work; progress only by the
 * assigned unit itself or the department.
 */
class PlanScopeApiIntegrationTests extends PlanServiceIntegrationTest {

  private PlanApi api;

  /** Issued: task 1 for school A's primary, task 2 the office's own. */
  private JsonNode ofSchoolA;

  /** Issued: task 1 for school B's primary. */
  private JsonNode ofSchoolB;

  /** A draft involving school A. */
  private JsonNode draft;

  @BeforeEach
  void plans() {
    api = new PlanApi(http);
    ofSchoolA =
        api.createIssued(
            plan(
                assignedTo(
                    task("1", "SGD31-GDTrH", onDate(today().plusDays(20))), SCHOOL_A_PRIMARY),
                task("2", "SGD31-VP", onDate(today().plusDays(20)))));
    ofSchoolB =
        api.createIssued(
            plan(
                assignedTo(
                    task("1", "SGD31-GDTrH", onDate(today().plusDays(20))), SCHOOL_B_PRIMARY)));
    draft =
        api.create(
            plan(
                assignedTo(task("1", "SGD31-VP", onDate(today().plusDays(20))), SCHOOL_A_PRIMARY)));
  }

  private List<String> visibleIds(String token) {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      Reply reply = api.get("?size=200&page=" + page, token);
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      reply.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
      if (page + 1 >= reply.json().get("totalPages").asLong()) {
        return ids;
      }
    }
  }

  private static String id(JsonNode plan) {
    return plan.get("id").asString();
  }

  @Test
  void departmentStaffSeeEveryPlanIncludingDrafts() {
    assertThat(visibleIds(Personas.departmentOfficer()))
        .contains(id(ofSchoolA), id(ofSchoolB), id(draft));
  }

  @Test
  void aSchoolSeesOnlyTheIssuedPlansAndTasksInvolvingIt() {
    String school = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

    List<String> ids = visibleIds(school);
    Reply own = api.get("/" + id(ofSchoolA), school);
    Reply other = api.get("/" + id(ofSchoolB), school);
    Reply drafted = api.get("/" + id(draft), school);
    Reply otherTask = api.get("/tasks/" + PlanApi.taskId(ofSchoolB, "1"), school);

    assertThat(ids).contains(id(ofSchoolA)).doesNotContain(id(ofSchoolB), id(draft));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("tasks")).hasSize(1);
    assertThat(own.json().at("/tasks/0/number").asString()).isEqualTo("1");
    assertThat(own.json().at("/tasks/0/myAssignments/0/unitCode").asString())
        .isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().get("code").asString()).isEqualTo("plan-not-found");
    assertThat(drafted.status()).isEqualTo(404);
    assertThat(otherTask.status()).isEqualTo(404);
  }

  @Test
  void aCommuneOfficerSeesTheWorkOfItsSchools() {
    String officer = Personas.communeOfficer(COMMUNE_A);

    Reply plan = api.get("/" + id(ofSchoolA), officer);

    assertThat(visibleIds(officer)).contains(id(ofSchoolA)).doesNotContain(id(ofSchoolB));
    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.json().at("/tasks/0/myAssignments/0/unitCode").asString())
        .isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(api.get("/" + id(ofSchoolB), officer).status()).isEqualTo(404);
  }

  @Test
  void aGovernmentSystemReadsIssuedPlansOnlyWithProvinceRead() {
    String entitled = Personas.governmentSystem("bo-gddt", "province-read");
    String bare = Personas.governmentSystem("other-system");

    assertThat(visibleIds(entitled))
        .contains(id(ofSchoolA), id(ofSchoolB))
        .doesNotContain(id(draft));
    assertThat(api.get("/" + id(draft), entitled).status()).isEqualTo(404);
    assertThat(visibleIds(bare)).isEmpty();
  }

  @Test
  void aTeacherReadsItsSchoolsPlanButChangesNothing() {
    String teacher = Personas.teacher(SCHOOL_A_PRIMARY);
    String taskId = PlanApi.taskId(ofSchoolA, "1");

    Reply read = api.get("/" + id(ofSchoolA), teacher);
    Reply patch = api.patch("/" + id(ofSchoolA), teacher, "\"2\"", Map.of("title", "x"));
    Reply create = api.post("", teacher, plan(task("1", "SGD31-VP", onDate(today()))));
    Reply progress = api.progress(taskId, SCHOOL_A_PRIMARY, teacher, Map.of("percentComplete", 10));

    assertThat(read.status()).isEqualTo(200);
    assertThat(patch.status()).isEqualTo(403);
    assertThat(create.status()).isEqualTo(403);
    assertThat(progress.status()).isEqualTo(403);
    assertThat(api.get("/" + id(ofSchoolA), Personas.anonymous()).status()).isEqualTo(401);
  }

  @Test
  void anAssignedSchoolRecordsItsOwnProgressButNotAnotherSchools() {
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    String ownTask = PlanApi.taskId(ofSchoolA, "1");
    String otherTask = PlanApi.taskId(ofSchoolB, "1");

    Reply own = api.progress(ownTask, SCHOOL_A_PRIMARY, principal, Map.of("percentComplete", 30));
    Reply other =
        api.progress(otherTask, SCHOOL_B_PRIMARY, principal, Map.of("percentComplete", 30));
    Reply notAssigned =
        api.progress(otherTask, SCHOOL_A_PRIMARY, principal, Map.of("percentComplete", 30));

    assertThat(own.status()).as(own.text()).isEqualTo(200);
    assertThat(own.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    assertThat(notAssigned.status()).isEqualTo(404);
    assertThat(notAssigned.json().get("code").asString()).isEqualTo("assignment-not-found");
  }

  @Test
  void aCommuneOfficerDoesNotReportInPlaceOfItsSchoolsButTheDepartmentMay() {
    String taskId = PlanApi.taskId(ofSchoolA, "1");

    Reply byCommune =
        api.progress(
            taskId,
            SCHOOL_A_PRIMARY,
            Personas.communeOfficer(COMMUNE_A),
            Map.of("percentComplete", 5));
    Reply byDepartment =
        api.progress(
            taskId, SCHOOL_A_PRIMARY, Personas.departmentAdmin(), Map.of("status", "CANCELLED"));

    assertThat(byCommune.status()).isEqualTo(403);
    assertThat(byDepartment.status()).as(byDepartment.text()).isEqualTo(200);
    assertThat(byDepartment.json().get("status").asString()).isEqualTo("CANCELLED");
  }
}
