package vn.edu.platform.plan.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.plan.fixtures.ReportApi.lastYear;
import static vn.edu.platform.plan.fixtures.ReportApi.thisYear;
import static vn.edu.platform.plan.fixtures.ReportApi.yearlyForm;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRESCHOOL;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanDocuments;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.ReportApi;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Report forms and bad input: forms only by the department and within the plan; a period that does
 * not exist for the form, or a value outside the indicator's range, answers 422 with the field's
 * pointer.
 */
class ReportFormApiIntegrationTests extends PlanServiceIntegrationTest {

  private ReportApi api;

  @BeforeEach
  void api() {
    api = new ReportApi(http);
  }

  @Test
  void theDepartmentDefinesAFormAndEveryoneInvolvedReadsItsPeriods() {
    JsonNode plan = api.taskPlan(SCHOOL_A_PRIMARY);
    Map<String, Object> body =
        yearlyForm(plan.get("id").asString(), "taskId", PlanApi.taskId(plan, "1"));
    body.put("dueRule", Map.of("kind", "ANNUAL", "month", 11, "day", 10));

    Reply bySchool = api.postForm(Personas.principal(SCHOOL_A_PRIMARY), body);
    Reply created = api.postForm(Personas.departmentOfficer(), body);
    Reply again = api.postForm(Personas.departmentAdmin(), body);
    String formId = created.json().get("id").asString();
    Reply periods =
        api.get("/report-forms/" + formId + "/periods", Personas.teacher(SCHOOL_A_PRIMARY));
    Reply uninvolved = api.get("/report-forms/" + formId, Personas.principal(SCHOOL_B_PRESCHOOL));
    Reply listed =
        api.get(
            "/report-forms?planId=" + plan.get("id").asString(),
            Personas.principal(SCHOOL_A_PRIMARY));

    assertThat(bySchool.status()).isEqualTo(403);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/report-forms/" + formId);
    assertThat(created.json().get("title").asString()).isEqualTo("Nhiệm vụ 1: Nhiệm vụ 1");
    assertThat(created.json().at("/dueRule/label").asString()).isEqualTo("Ngày 10/11 hằng năm");
    assertThat(created.json().get("planNumber").asString())
        .isEqualTo(plan.get("number").asString());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("report-form-exists");
    assertThat(periods.status()).as(periods.text()).isEqualTo(200);
    assertThat(periods.json().get("periods").findValuesAsString("code"))
        .containsExactly(lastYear(), thisYear(), String.valueOf(today().getYear() + 1));
    assertThat(periods.json().at("/periods/1/dueOn").asString()).isEqualTo(thisYear() + "-11-10");
    assertThat(uninvolved.status()).isEqualTo(404);
    assertThat(listed.json().get("items").findValuesAsString("id")).containsExactly(formId);
  }

  @Test
  void refusesFormsThatBreakTheRulesWithAPointerPerField() {
    JsonNode plan = api.taskPlan(SCHOOL_A_PRIMARY);
    String planId = plan.get("id").asString();
    Map<String, Object> both = yearlyForm(planId, "taskId", PlanApi.taskId(plan, "1"));
    both.put("targetId", PlanApi.taskId(plan, "1"));
    Map<String, Object> outside = yearlyForm(planId, "taskId", PlanApi.taskId(plan, "1"));
    outside.put("firstPeriod", "2020");
    outside.put("periodType", "QUARTER");
    outside.put("lastPeriod", "2020-Q5");
    Map<String, Object> early = yearlyForm(planId, "taskId", PlanApi.taskId(plan, "1"));
    early.put("firstPeriod", "2020");
    Map<String, Object> badDay = yearlyForm(planId, "taskId", PlanApi.taskId(plan, "1"));
    badDay.put("dueRule", Map.of("kind", "ANNUAL", "month", 2, "day", 30));
    Map<String, Object> provinceDocument = PlanDocuments.plan();
    provinceDocument.put("issuedOn", ReportApi.planDate().toString());
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) provinceDocument.get("targets");
    targets.add(PlanDocuments.percentTarget("Tỷ lệ trường đạt chuẩn quốc gia", 73.14));
    JsonNode provincePlan = api.plans().createIssued(provinceDocument);

    Reply twoSubjects = api.postForm(Personas.departmentOfficer(), both);
    Reply outsidePlan = api.postForm(Personas.departmentOfficer(), outside);
    Reply beforeThePlan = api.postForm(Personas.departmentOfficer(), early);
    Reply impossibleDay = api.postForm(Personas.departmentOfficer(), badDay);
    Reply provinceTarget =
        api.postForm(
            Personas.departmentOfficer(),
            yearlyForm(
                provincePlan.get("id").asString(),
                "targetId",
                provincePlan.at("/targets/0/id").asString()));

    assertThat(twoSubjects.status()).isEqualTo(422);
    assertThat(twoSubjects.json().get("code").asString()).isEqualTo("report-rule");
    assertThat(ReportApi.errors(twoSubjects)).contains("/taskId one-subject");
    assertThat(ReportApi.errors(outsidePlan))
        .containsExactlyInAnyOrder(
            "/dueRule/kind rule-period-mismatch",
            "/firstPeriod invalid-period",
            "/lastPeriod invalid-period");
    assertThat(ReportApi.errors(beforeThePlan)).containsExactly("/firstPeriod outside-plan");
    assertThat(ReportApi.errors(impossibleDay)).containsExactly("/dueRule/day out-of-range");
    assertThat(ReportApi.errors(provinceTarget))
        .containsExactly("/unitCodes reporting-units-required");
  }

  @Test
  void aPeriodThatDoesNotExistForTheFormIsRefusedAtThePeriodPointer() {
    JsonNode plan = api.taskPlan(SCHOOL_A_PRIMARY);
    String formId = api.taskForm(plan);
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    Map<String, Object> content = Map.of("percentComplete", 10, "narrative", "Bắt đầu.");

    Reply afterTheLast = api.save(formId, "2099", principal, content);
    Reply wrongShape = api.save(formId, thisYear() + "-Q1", principal, content);
    Reply notBegun = api.save(formId, String.valueOf(today().getYear() + 1), principal, content);
    Reply beforeTheFirst = api.submit(formId, "2001", principal, content);

    assertThat(afterTheLast.status()).isEqualTo(422);
    assertThat(ReportApi.errors(afterTheLast)).containsExactly("/period unknown-period");
    assertThat(ReportApi.errors(wrongShape)).containsExactly("/period invalid-period");
    assertThat(ReportApi.errors(notBegun)).containsExactly("/period period-not-open");
    assertThat(ReportApi.errors(beforeTheFirst)).containsExactly("/period unknown-period");
  }

  @Test
  void aValueOutsideTheIndicatorsRangeIsRefusedAtTheValuePointer() {
    JsonNode plan = api.targetPlan(SCHOOL_A_PRIMARY, SCHOOL_B_PRIMARY);
    String formId = api.targetForm(plan);
    String principal = Personas.principal(SCHOOL_A_PRIMARY);

    Reply tooHigh = api.save(formId, thisYear(), principal, Map.of("value", 120));
    Reply negative = api.submit(formId, thisYear(), principal, Map.of("value", -1));
    Reply completion = api.save(formId, thisYear(), principal, Map.of("percentComplete", 50));
    Reply missing = api.submit(formId, thisYear(), principal, Map.of("narrative", "Chưa có số."));
    Reply fine = api.submit(formId, thisYear(), principal, Map.of("value", 97.5));
    Reply form = api.get("/report-forms/" + formId, principal);

    assertThat(tooHigh.status()).isEqualTo(422);
    assertThat(ReportApi.errors(tooHigh)).containsExactly("/value value-out-of-range");
    assertThat(ReportApi.errors(negative)).containsExactly("/value value-out-of-range");
    assertThat(ReportApi.errors(completion)).containsExactly("/percentComplete not-applicable");
    assertThat(ReportApi.errors(missing)).containsExactly("/value required");
    assertThat(fine.status()).as(fine.text()).isEqualTo(200);
    assertThat(fine.json().get("value").decimalValue()).isEqualByComparingTo("97.5");
    assertThat(form.json().at("/valueRange/max").decimalValue()).isEqualByComparingTo("100");
    assertThat(form.json().at("/valueRange/unitOfMeasure").asString()).isEqualTo("%");
  }
}
