package vn.edu.platform.plan.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.ReportApi.thisYear;
import static vn.edu.platform.plan.fixtures.ReportApi.yearlyForm;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_UPPER_SECONDARY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.ReportApi;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Reports through the API for each persona: a unit writes and submits its own report only; a
 * commune officer approves the reports of its own schools; the department approves last and its
 * approval locks the data; a department decision reopens it; a teacher never approves. Each test
 * has its own plan and form, on a task assigned to two schools of different communes, commune A
 * itself and an upper-secondary school under the department.
 */
class ProgressReportApiIntegrationTests extends PlanServiceIntegrationTest {

  private ReportApi api;
  private JsonNode plan;
  private String formId;
  private final String period = thisYear();

  @BeforeEach
  void aFormOnATask() {
    api = new ReportApi(http);
    plan = api.taskPlan(SCHOOL_A_PRIMARY, SCHOOL_B_PRIMARY, COMMUNE_A, SCHOOL_UPPER_SECONDARY);
    formId = api.taskForm(plan);
  }

  private static Map<String, Object> progress(int percent) {
    return Map.of("percentComplete", percent, "narrative", "Đã triển khai " + percent + " %.");
  }

  @Test
  void aSchoolWritesAndSubmitsItsOwnReportOnly() {
    String principal = Personas.principal(SCHOOL_A_PRIMARY);

    Reply created = api.save(formId, period, principal, progress(40));
    Reply saved =
        api.put("/report-forms/" + formId + "/reports/" + period, principal, "\"1\"", progress(50));
    Reply stale =
        api.put("/report-forms/" + formId + "/reports/" + period, principal, "\"1\"", progress(55));
    Reply submitted = api.submit(formId, period, principal, null);
    Reply forAnotherSchool =
        api.put(
            "/report-forms/" + formId + "/reports/" + period + "?unitCode=" + SCHOOL_B_PRIMARY,
            principal,
            null,
            progress(10));
    Reply byATeacher = api.save(formId, period, Personas.teacher(SCHOOL_A_PRIMARY), progress(10));
    Reply bySchoolAdminOfB =
        api.save(formId, period, Personas.schoolAdmin(SCHOOL_B_PRIMARY), progress(20));
    Reply notAssigned =
        api.save(formId, period, Personas.principal(SCHOOL_A_LOWER_SECONDARY), progress(10));

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
    assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.json().get("percentComplete").decimalValue()).isEqualByComparingTo("50");
    assertThat(submitted.json().get("onTime").asBoolean()).isTrue();
    assertThat(submitted.json().get("awaitingLevel").asString()).isEqualTo("COMMUNE");
    assertThat(submitted.json().get("awaitingUnitCode").asString()).isEqualTo(COMMUNE_A);
    assertThat(forAnotherSchool.status()).isEqualTo(403);
    assertThat(forAnotherSchool.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    assertThat(byATeacher.status()).isEqualTo(403);
    assertThat(bySchoolAdminOfB.status()).as(bySchoolAdminOfB.text()).isEqualTo(201);
    assertThat(notAssigned.status()).as(notAssigned.text()).isEqualTo(404);
    assertThat(notAssigned.json().get("code").asString()).isEqualTo("report-form-not-found");
  }

  /**
   * Writing on a form that does not expect the caller's unit answers as reading the form does,
   * whatever the period or the body (a value on a task form would be 422 for its own unit, an
   * unreadable body 400): 404 where the caller may not read the form, with nothing of the form;
   * where it reads the form (it sees the plan) the form's rule that the unit does not report on it.
   * Nothing is stored.
   */
  @Test
  void writingOnAFormThatDoesNotExpectTheUnitAnswersAsReadingItAndStoresNothing() {
    JsonNode ofAAndB = api.taskPlan(SCHOOL_A_PRIMARY, SCHOOL_B_PRIMARY);
    Map<String, Object> body =
        yearlyForm(ofAAndB.get("id").asString(), "taskId", PlanApi.taskId(ofAAndB, "1"));
    body.put("unitCodes", List.of(SCHOOL_A_PRIMARY));
    body.put("title", "Báo cáo riêng của trường A");
    String onlyA = api.form(body);
    Map<String, Object> breaksTheFormsRules = Map.of("value", 5, "narrative", "Giá trị.");
    String stranger = Personas.principal(SCHOOL_A_LOWER_SECONDARY);
    String planReader = Personas.principal(SCHOOL_B_PRIMARY);

    Reply strangerReads = api.get("/report-forms/" + onlyA, stranger);
    List<Reply> strangerWrites =
        List.of(
            api.save(onlyA, period, stranger, progress(10)),
            api.save(onlyA, period, stranger, breaksTheFormsRules),
            api.save(onlyA, period, stranger, Map.of("percentComplete", "not a number")),
            api.submit(onlyA, period, stranger, null),
            api.submit(onlyA, "1999", stranger, breaksTheFormsRules));
    Reply planReaderReads = api.get("/report-forms/" + onlyA, planReader);
    List<Reply> planReaderWrites =
        List.of(
            api.save(onlyA, period, planReader, progress(10)),
            api.save(onlyA, period, planReader, breaksTheFormsRules),
            api.submit(onlyA, period, planReader, null));

    assertThat(strangerReads.status()).isEqualTo(404);
    assertThat(strangerReads.json().get("code").asString()).isEqualTo("report-form-not-found");
    assertThat(strangerWrites)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).as(reply.text()).isEqualTo(404);
              assertThat(reply.json().get("code").asString()).isEqualTo("report-form-not-found");
              assertThat(reply.text()).doesNotContain("trường A", ofAAndB.get("number").asString());
            });
    assertThat(planReaderReads.status()).as(planReaderReads.text()).isEqualTo(200);
    assertThat(planReaderWrites)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).as(reply.text()).isEqualTo(422);
              assertThat(ReportApi.errors(reply)).containsExactly("unitCode not-a-reporting-unit");
            });
    Reply reports = api.get("/reports?formId=" + onlyA, Personas.departmentOfficer());
    assertThat(reports.json().get("totalItems").asLong()).as(reports.text()).isZero();
  }

  @Test
  void aCommuneOfficerApprovesTheReportsOfItsOwnSchoolsOnly() {
    String ofA =
        api.submitted(formId, period, Personas.principal(SCHOOL_A_PRIMARY)).get("id").asString();

    Reply byOtherCommune = api.approve(ofA, Personas.communeOfficer(COMMUNE_B));
    Reply byTeacher = api.approve(ofA, Personas.teacher(SCHOOL_A_PRIMARY));
    Reply byPrincipal = api.approve(ofA, Personas.principal(SCHOOL_A_PRIMARY));
    Reply bySystem = api.approve(ofA, Personas.governmentSystem("moet", "province-write"));
    Reply byOwnCommune = api.approve(ofA, Personas.communeOfficer(COMMUNE_A));

    assertThat(byOtherCommune.status()).isEqualTo(403);
    assertThat(byTeacher.status()).isEqualTo(403);
    assertThat(byPrincipal.status()).isEqualTo(403);
    assertThat(bySystem.status()).isEqualTo(403);
    assertThat(byOwnCommune.status()).as(byOwnCommune.text()).isEqualTo(200);
    assertThat(byOwnCommune.json().get("status").asString()).isEqualTo("APPROVED_BY_COMMUNE");
    assertThat(byOwnCommune.json().get("awaitingLevel").asString()).isEqualTo("DEPARTMENT");
    assertThat(byOwnCommune.json().get("awaitingUnitCode").asString()).isEqualTo(DEPARTMENT);
  }

  @Test
  void theDepartmentApprovesAfterTheCommuneAndItsApprovalLocksTheData() {
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    String reportId = api.submitted(formId, period, principal).get("id").asString();

    Reply tooEarly = api.approve(reportId, Personas.departmentOfficer());
    Reply inApproval = api.save(formId, period, principal, progress(70));
    api.approved(reportId, Personas.communeOfficer(COMMUNE_A));
    JsonNode approved = api.approved(reportId, Personas.departmentOfficer());
    Reply edit = api.save(formId, period, principal, progress(80));
    Reply resubmit = api.submit(formId, period, principal, progress(80));
    Reply twice = api.approve(reportId, Personas.departmentAdmin());

    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("code").asString()).isEqualTo("report-approval-order");
    assertThat(inApproval.status()).isEqualTo(409);
    assertThat(inApproval.json().get("code").asString()).isEqualTo("report-in-approval");
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("awaitingLevel").isNull()).isTrue();
    assertThat(approved.get("history").findValuesAsString("action"))
        .containsExactly("SUBMITTED", "APPROVED", "APPROVED");
    assertThat(approved.at("/history/1/level").asString()).isEqualTo("COMMUNE");
    assertThat(approved.at("/history/2/level").asString()).isEqualTo("DEPARTMENT");
    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.json().get("code").asString()).isEqualTo("report-locked");
    assertThat(resubmit.status()).isEqualTo(409);
    assertThat(resubmit.json().get("code").asString()).isEqualTo("report-locked");
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void aCommunesOwnReportAndADepartmentSchoolsGoStraightToTheDepartment() {
    String officer = Personas.communeOfficer(COMMUNE_A);
    String ofCommune = api.submitted(formId, period, officer).get("id").asString();
    JsonNode ofUpperSecondary =
        api.submitted(formId, period, Personas.principal(SCHOOL_UPPER_SECONDARY));

    Reply ownApproval = api.approve(ofCommune, officer);
    JsonNode communeApproved = api.approved(ofCommune, Personas.departmentOfficer());
    JsonNode schoolApproved =
        api.approved(ofUpperSecondary.get("id").asString(), Personas.departmentOfficer());

    assertThat(ofUpperSecondary.get("awaitingUnitCode").asString()).isEqualTo(DEPARTMENT);
    assertThat(ownApproval.status()).isEqualTo(403);
    assertThat(communeApproved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(schoolApproved.get("status").asString()).isEqualTo("APPROVED");
  }

  @Test
  void aDepartmentDecisionReopensApprovedDataForCorrectionAndItIsAudited() {
    String principal = Personas.principal(SCHOOL_UPPER_SECONDARY);
    JsonNode submitted = api.submitted(formId, period, principal);
    String reportId = submitted.get("id").asString();
    api.approved(reportId, Personas.departmentOfficer());

    Reply byOfficer = api.reopen(reportId, Personas.departmentOfficer(), "1/QĐ-SGDĐT", "Sửa");
    Reply withoutDecision = api.reopen(reportId, Personas.departmentAdmin(), null, "Sửa");
    Reply reopened =
        api.reopen(reportId, Personas.departmentAdmin(), "123/QĐ-SGDĐT", "Điều chỉnh số liệu");
    Reply corrected = api.save(formId, period, principal, progress(75));
    Reply resubmitted = api.submit(formId, period, principal, null);
    JsonNode approvedAgain = api.approved(reportId, Personas.departmentOfficer());
    Reply audit =
        api.get(
            "/audit-events?resourceType=plan-progress-report&resourceId=" + reportId,
            Personas.departmentAdmin());

    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(withoutDecision.status()).isEqualTo(422);
    assertThat(ReportApi.errors(withoutDecision)).containsExactly("/decisionNumber required");
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(200);
    assertThat(reopened.json().get("status").asString()).isEqualTo("REOPENED");
    assertThat(reopened.json().at("/history/2/decisionNumber").asString())
        .isEqualTo("123/QĐ-SGDĐT");
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertThat(corrected.json().get("id").asString()).isEqualTo(reportId);
    assertThat(resubmitted.json().get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(resubmitted.json().get("submittedAt").asString())
        .isEqualTo(submitted.get("submittedAt").asString());
    assertThat(resubmitted.json().get("onTime").asBoolean()).isTrue();
    assertThat(approvedAgain.get("percentComplete").decimalValue()).isEqualByComparingTo("75");
    assertThat(audit.json().findValuesAsString("purpose"))
        .anySatisfy(p -> assertThat(p).contains("reopen", "123/QĐ-SGDĐT", "Điều chỉnh số liệu"))
        .anySatisfy(p -> assertThat(p).startsWith("submit report"))
        .anySatisfy(p -> assertThat(p).startsWith("approve report"));
  }

  @Test
  void aRejectionReturnsTheReportToItsUnitAsANewDraft() {
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    String first = api.submitted(formId, period, principal).get("id").asString();

    Reply withoutReason = api.reject(first, Personas.communeOfficer(COMMUNE_A), " ");
    Reply rejection = api.reject(first, Personas.communeOfficer(COMMUNE_A), "Thiếu số liệu lớp 5");
    Reply current = api.get("/report-forms/" + formId + "/reports/" + period, principal);
    JsonNode second = api.submitted(formId, period, principal);
    Reply rejected =
        api.get("/reports?formId=" + formId + "&status=REJECTED", Personas.departmentOfficer());

    assertThat(withoutReason.status()).isEqualTo(422);
    assertThat(ReportApi.errors(withoutReason)).containsExactly("/reason required");
    assertThat(rejection.status()).as(rejection.text()).isEqualTo(200);
    assertThat(rejection.json().at("/rejected/status").asString()).isEqualTo("REJECTED");
    assertThat(rejection.json().at("/rejected/history/1/reason").asString())
        .isEqualTo("Thiếu số liệu lớp 5");
    String draft = rejection.json().at("/draft/id").asString();
    assertThat(draft).isNotEqualTo(first);
    assertThat(rejection.json().at("/draft/status").asString()).isEqualTo("DRAFT");
    assertThat(rejection.json().at("/draft/replacesReportId").asString()).isEqualTo(first);
    assertThat(current.json().get("id").asString()).isEqualTo(draft);
    assertThat(current.json().get("narrative").asString()).isEqualTo("Đã triển khai.");
    assertThat(second.get("id").asString()).isEqualTo(draft);
    assertThat(second.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(rejected.json().get("items").findValuesAsString("id")).containsExactly(first);
  }

  @Test
  void readersSeeTheReportsOfTheirOwnUnits() {
    String ofA =
        api.submitted(formId, period, Personas.principal(SCHOOL_A_PRIMARY)).get("id").asString();
    String ofB =
        api.submitted(formId, period, Personas.principal(SCHOOL_B_PRIMARY)).get("id").asString();
    String ofCommuneA =
        api.submitted(formId, period, Personas.communeOfficer(COMMUNE_A)).get("id").asString();
    String list = "/reports?formId=" + formId;

    Reply school = api.get(list, Personas.teacher(SCHOOL_A_PRIMARY));
    Reply commune = api.get(list, Personas.communeOfficer(COMMUNE_A));
    Reply department = api.get(list, Personas.departmentOfficer());
    Reply system = api.get(list, Personas.governmentSystem("moet", "province-read"));
    Reply otherSchools = api.get("/reports/" + ofB, Personas.principal(SCHOOL_A_PRIMARY));
    Reply otherUnit =
        api.get(list + "&unitCode=" + SCHOOL_B_PRIMARY, Personas.principal(SCHOOL_A_PRIMARY));

    assertThat(school.json().get("items").findValuesAsString("id")).containsExactly(ofA);
    assertThat(commune.json().get("items").findValuesAsString("id"))
        .containsExactlyInAnyOrder(ofA, ofCommuneA);
    assertThat(department.json().get("items").findValuesAsString("id"))
        .containsExactlyInAnyOrder(ofA, ofB, ofCommuneA);
    assertThat(system.json().get("totalItems").asLong()).isEqualTo(3);
    assertThat(otherSchools.status()).isEqualTo(404);
    assertThat(otherUnit.status()).isEqualTo(403);
  }

  @Test
  void theDepartmentsApprovalOfATaskReportRecordsTheCompletionOnTheAssignment() {
    String reportId =
        api.submitted(formId, period, Personas.principal(SCHOOL_A_PRIMARY)).get("id").asString();
    String taskId = PlanApi.taskId(plan, "1");
    api.approved(reportId, Personas.communeOfficer(COMMUNE_A));

    JsonNode before = api.get("/tasks/" + taskId, Personas.departmentOfficer()).json();
    api.approved(reportId, Personas.departmentOfficer());
    JsonNode after = api.get("/tasks/" + taskId, Personas.departmentOfficer()).json();

    assertThat(assignmentOf(before, SCHOOL_A_PRIMARY).get("percentComplete").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(assignmentOf(after, SCHOOL_A_PRIMARY).get("percentComplete").decimalValue())
        .isEqualByComparingTo("60");
    assertThat(assignmentOf(after, SCHOOL_A_PRIMARY).get("status").asString())
        .isEqualTo("IN_PROGRESS");
  }

  private static JsonNode assignmentOf(JsonNode task, String unit) {
    for (JsonNode a : task.get("assignments")) {
      if (unit.equals(a.get("unitCode").asString())) {
        return a;
      }
    }
    throw new AssertionError("No assignment of " + unit + " in " + task);
  }
}
