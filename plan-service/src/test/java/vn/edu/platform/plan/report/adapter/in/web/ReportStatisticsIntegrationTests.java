package vn.edu.platform.plan.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.PlanDocuments.today;
import static vn.edu.platform.plan.fixtures.ReportApi.lastYear;
import static vn.edu.platform.plan.fixtures.ReportApi.thisYear;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_B;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_UPPER_SECONDARY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.PlanDocuments;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.ReportApi;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Reporting rate and timeliness: expected, received and on-time reports per unit, commune and
 * province, along the tree of the period's last day (a 2024 report under the 2024 communes after
 * they merged); a unit's own record; the reminders of reports due and overdue.
 */
class ReportStatisticsIntegrationTests extends PlanServiceIntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private ReportApi api;

  @BeforeEach
  void api() {
    api = new ReportApi(http);
  }

  private static String code(String prefix) {
    return prefix + (System.currentTimeMillis() % 10_000) + SEQUENCE.incrementAndGet();
  }

  private static JsonNode communeOf(JsonNode statistics, String commune) {
    for (JsonNode c : statistics.get("communes")) {
      if (commune.equals(c.get("unitCode").asString())) {
        return c.get("tally");
      }
    }
    throw new AssertionError("No commune " + commune + " in " + statistics);
  }

  private static JsonNode row(JsonNode statistics, String unit) {
    for (JsonNode row : statistics.get("units")) {
      if (unit.equals(row.get("unitCode").asString())) {
        return row;
      }
    }
    throw new AssertionError("No unit " + unit + " in " + statistics);
  }

  private static String rowOf(JsonNode statistics, String unit, String field) {
    return row(statistics, unit).get(field).asString();
  }

  @Test
  void countsExpectedReceivedOnTimeAndApprovedPerUnitCommuneAndProvince() {
    JsonNode plan =
        api.taskPlan(
            SCHOOL_A_PRIMARY, SCHOOL_A_LOWER_SECONDARY, SCHOOL_B_PRIMARY, SCHOOL_UPPER_SECONDARY);
    String formId = api.taskForm(plan);
    String primaryA = Personas.principal(SCHOOL_A_PRIMARY);
    String late = api.submitted(formId, lastYear(), primaryA).get("id").asString();
    String onTime = api.submitted(formId, thisYear(), primaryA).get("id").asString();
    api.submitted(formId, thisYear(), Personas.principal(SCHOOL_B_PRIMARY));
    api.save(
        formId,
        thisYear(),
        Personas.principal(SCHOOL_A_LOWER_SECONDARY),
        Map.of("percentComplete", 10));
    api.approved(onTime, Personas.communeOfficer(COMMUNE_A));
    api.approved(onTime, Personas.departmentOfficer());

    JsonNode current = api.statistics(formId, thisYear(), Personas.departmentOfficer()).json();
    JsonNode previous = api.statistics(formId, lastYear(), Personas.departmentOfficer()).json();
    Reply communeView = api.statistics(formId, thisYear(), Personas.communeOfficer(COMMUNE_A));
    Reply history =
        api.get(
            "/report-forms/" + formId + "/units/" + SCHOOL_A_PRIMARY + "/history",
            Personas.principal(SCHOOL_A_PRIMARY));
    Reply othersHistory =
        api.get(
            "/report-forms/" + formId + "/units/" + SCHOOL_B_PRIMARY + "/history",
            Personas.principal(SCHOOL_A_PRIMARY));
    Reply badPeriod = api.statistics(formId, "2099", Personas.departmentOfficer());

    assertThat(current.get("scope").asString()).isEqualTo("PROVINCE");
    assertThat(current.get("treeDate").asString()).isEqualTo(thisYear() + "-12-31");
    assertThat(current.at("/total/expected").asInt()).isEqualTo(4);
    assertThat(current.at("/total/received").asInt()).isEqualTo(2);
    assertThat(current.at("/total/onTime").asInt()).isEqualTo(2);
    assertThat(current.at("/total/approved").asInt()).isEqualTo(1);
    assertThat(current.at("/total/rate").decimalValue()).isEqualByComparingTo("50");
    assertThat(current.at("/total/timeliness").decimalValue()).isEqualByComparingTo("50");
    assertThat(communeOf(current, COMMUNE_A).get("expected").asInt()).isEqualTo(2);
    assertThat(communeOf(current, COMMUNE_A).get("received").asInt()).isEqualTo(1);
    assertThat(communeOf(current, COMMUNE_A).get("rate").decimalValue()).isEqualByComparingTo("50");
    assertThat(communeOf(current, COMMUNE_B).get("timeliness").decimalValue())
        .isEqualByComparingTo("100");
    assertThat(current.at("/directlyUnderDepartment/expected").asInt()).isEqualTo(1);
    assertThat(current.at("/directlyUnderDepartment/received").asInt()).isZero();
    assertThat(rowOf(current, SCHOOL_A_LOWER_SECONDARY, "status")).isEqualTo("DRAFT");
    assertThat(row(current, SCHOOL_UPPER_SECONDARY).get("communeCode").isNull()).isTrue();
    assertThat(rowOf(current, SCHOOL_UPPER_SECONDARY, "parentCode")).isEqualTo(DEPARTMENT);
    assertThat(previous.at("/total/received").asInt()).isEqualTo(1);
    assertThat(previous.at("/total/onTime").asInt()).isZero();
    assertThat(previous.at("/total/rate").decimalValue()).isEqualByComparingTo("25");
    assertThat(previous.at("/total/timeliness").decimalValue()).isEqualByComparingTo("0");
    assertThat(rowOf(previous, SCHOOL_A_PRIMARY, "reportId")).isEqualTo(late);
    assertThat(communeView.json().get("scope").asString()).isEqualTo(COMMUNE_A);
    assertThat(communeView.json().at("/total/expected").asInt()).isEqualTo(2);
    assertThat(communeView.json().get("units").findValuesAsString("unitCode"))
        .containsExactlyInAnyOrder(SCHOOL_A_PRIMARY, SCHOOL_A_LOWER_SECONDARY);
    assertThat(history.status()).as(history.text()).isEqualTo(200);
    assertThat(history.json().get("periods").valueStream().map(p -> p.get("onTime").asBoolean()))
        .containsExactly(false, true);
    assertThat(history.json().at("/tally/timeliness").decimalValue()).isEqualByComparingTo("50");
    assertThat(history.json().at("/tally/rate").decimalValue()).isEqualByComparingTo("100");
    assertThat(othersHistory.status()).isEqualTo(403);
    assertThat(ReportApi.errors(badPeriod)).containsExactly("/period unknown-period");
  }

  @Test
  void aReportOf2024CountsUnderThe2024CommunesAndOneOf2026UnderTheMergedCommune() {
    String oldA = code("X8");
    String oldB = code("X8");
    String merged = code("X7");
    String schoolA = code("S8");
    String schoolB = code("S8");
    LocalDate since = LocalDate.of(2020, 1, 1);
    LocalDate reform = LocalDate.of(2025, 7, 1);
    directory.create(commune(oldA, "Xã Cũ A " + oldA, since));
    directory.create(commune(oldB, "Xã Cũ B " + oldB, since));
    directory.create(school(schoolA, oldA, since));
    directory.create(school(schoolB, oldB, since));
    directory.create(commune(merged, "Xã Mới " + merged, reform));
    directory.merge(new OrgUnitCommands.MergeOrgUnits(List.of(oldA, oldB), merged, reform));
    Map<String, Object> task =
        PlanDocuments.assignedTo(
            PlanDocuments.task("1", "SGD31-VP", Map.of("kind", "YEAR", "year", 2030)),
            schoolA,
            schoolB);
    Map<String, Object> document = PlanDocuments.plan(task);
    document.put("issuedOn", "2024-01-15");
    JsonNode plan = api.plans().createIssued(document);
    Map<String, Object> form =
        ReportApi.yearlyForm(plan.get("id").asString(), "taskId", PlanApi.taskId(plan, "1"));
    form.put("firstPeriod", "2024");
    form.put("lastPeriod", "2026");
    form.put("dueRule", Map.of("kind", "ANNUAL", "month", 11, "day", 10));
    String formId = api.form(form);
    String of2024 = api.submitted(formId, "2024", Personas.principal(schoolA)).get("id").asString();
    api.submitted(formId, "2024", Personas.principal(schoolB));
    api.submitted(formId, "2026", Personas.principal(schoolA));

    JsonNode year2024 = api.statistics(formId, "2024", Personas.departmentOfficer()).json();
    JsonNode year2026 = api.statistics(formId, "2026", Personas.departmentOfficer()).json();
    Reply byTheOldCommune = api.approve(of2024, Personas.communeOfficer(oldA));
    Reply byTheMergedCommune = api.approve(of2024, Personas.communeOfficer(merged));

    assertThat(year2024.get("treeDate").asString()).isEqualTo("2024-12-31");
    assertThat(year2024.get("communes").findValuesAsString("unitCode"))
        .containsExactlyInAnyOrder(oldA, oldB);
    assertThat(communeOf(year2024, oldA).get("received").asInt()).isEqualTo(1);
    assertThat(communeOf(year2024, oldB).get("received").asInt()).isEqualTo(1);
    assertThat(communeOf(year2024, oldA).get("onTime").asInt()).isZero();
    assertThat(rowOf(year2024, schoolA, "parentCode")).isEqualTo(oldA);
    assertThat(year2026.get("communes").findValuesAsString("unitCode")).containsExactly(merged);
    assertThat(communeOf(year2026, merged).get("expected").asInt()).isEqualTo(2);
    assertThat(communeOf(year2026, merged).get("received").asInt()).isEqualTo(1);
    assertThat(rowOf(year2026, schoolB, "parentCode")).isEqualTo(merged);
    assertThat(byTheOldCommune.status()).isEqualTo(403);
    assertThat(byTheMergedCommune.status()).as(byTheMergedCommune.text()).isEqualTo(200);
    assertThat(byTheMergedCommune.json().get("status").asString()).isEqualTo("APPROVED_BY_COMMUNE");
  }

  @Test
  void theRemindersListTheReportsAUnitOwesBesideItsTasks() {
    JsonNode plan = api.taskPlan(SCHOOL_A_PRIMARY);
    YearMonth month = YearMonth.from(today());
    Map<String, Object> monthly =
        ReportApi.yearlyForm(plan.get("id").asString(), "taskId", PlanApi.taskId(plan, "1"));
    monthly.put("periodType", "MONTH");
    monthly.put("firstPeriod", month.minusMonths(2).toString());
    monthly.put("lastPeriod", month.toString());
    monthly.put("dueRule", Map.of("kind", "AFTER_PERIOD", "monthsAfterPeriod", 0, "day", 31));
    String formId = api.form(monthly);
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    api.save(formId, month.toString(), principal, Map.of("percentComplete", 5));
    api.submitted(formId, month.minusMonths(2).toString(), principal);

    Reply reminders = api.get("/reminders?withinDays=31", principal);

    assertThat(reminders.status()).as(reminders.text()).isEqualTo(200);
    List<JsonNode> overdue =
        reminders
            .json()
            .get("reportsOverdue")
            .valueStream()
            .filter(r -> formId.equals(r.get("formId").asString()))
            .toList();
    List<JsonNode> dueSoon =
        reminders
            .json()
            .get("reportsDueSoon")
            .valueStream()
            .filter(r -> formId.equals(r.get("formId").asString()))
            .toList();
    assertThat(overdue)
        .extracting(r -> r.get("periodCode").asString())
        .containsExactly(month.minusMonths(1).toString());
    assertThat(overdue.getFirst().get("dueOn").asString())
        .isEqualTo(month.minusMonths(1).atEndOfMonth().toString());
    assertThat(dueSoon)
        .extracting(r -> r.get("periodCode").asString())
        .containsExactly(month.toString());
    assertThat(dueSoon.getFirst().get("reportStatus").asString()).isEqualTo("DRAFT");
    assertThat(dueSoon.getFirst().get("unitCode").asString()).isEqualTo(SCHOOL_A_PRIMARY);
    assertThat(reminders.json().has("overdue")).isTrue();
  }

  private static OrgUnitCommands.CreateOrgUnit commune(String code, String name, LocalDate from) {
    return new OrgUnitCommands.CreateOrgUnit(
        code, name, OrgUnitKind.COMMUNE, null, null, null, DEPARTMENT, from);
  }

  private static OrgUnitCommands.CreateOrgUnit school(String code, String parent, LocalDate from) {
    return new OrgUnitCommands.CreateOrgUnit(
        code,
        "Trường Tiểu học " + code,
        OrgUnitKind.SCHOOL,
        SchoolLevel.PRIMARY,
        Ownership.PUBLIC,
        null,
        parent,
        from);
  }
}
