package vn.edu.platform.plan.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.ReportApi.thisYear;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.plan.ProgressReportApproved;
import vn.edu.platform.events.plan.ProgressReportRejected;
import vn.edu.platform.events.plan.ProgressReportReopened;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.ReportApi;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/**
 * The public events of reports as a consumer reads them from the broker: ProgressReportSubmitted on
 * submission, ProgressReportApproved per approval (commune, then department), TargetValueReported
 * when the department approves a target's value, ProgressReportRejected with the new draft's id,
 * ProgressReportReopened with the decision; each against its JSON Schema and CloudEvents headers,
 * the period with its first and last day.
 */
class ReportEventsContractIntegrationTests extends PlanServiceIntegrationTest {

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
  void aTargetReportPublishesSubmittedApprovedPerLevelAndTheApprovedValue() {
    ReportApi api = new ReportApi(http);
    JsonNode plan = api.targetPlan(SCHOOL_A_PRIMARY);
    String formId = api.targetForm(plan);
    String targetId = plan.at("/targets/0/id").asString();
    JsonNode report =
        api.submit(formId, thisYear(), Personas.principal(SCHOOL_A_PRIMARY), Map.of("value", 97.5))
            .json();
    String reportId = report.get("id").asString();
    api.approved(reportId, Personas.communeOfficer(COMMUNE_A));
    api.approved(reportId, Personas.departmentOfficer());

    List<ConsumerRecord<String, String>> submitted =
        records(Topics.PLAN_PROGRESS_REPORT, reportId, v -> v.contains("\"submittedAt\""), 1);
    List<ConsumerRecord<String, String>> approved =
        records(Topics.PLAN_PROGRESS_REPORT, reportId, v -> v.contains("\"approverUnitCode\""), 2);
    List<ConsumerRecord<String, String>> value =
        records(Topics.PLAN_TARGET, targetId, v -> v.contains("\"periodCode\""), 1);

    assertThat(submitted).hasSize(1);
    EventContract.assertConforms(submitted.getFirst(), ProgressReportSubmitted.class);
    assertThat(submitted.getFirst().value())
        .contains(
            "\"targetId\":\"" + targetId + "\"",
            "\"taskId\":null",
            "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"type\":\"YEAR\"",
            "\"code\":\"" + thisYear() + "\"",
            "\"dueOn\":\"" + thisYear() + "-12-31\"",
            "\"startsOn\":\"" + thisYear() + "-01-01\"",
            "\"endsOn\":\"" + thisYear() + "-12-31\"",
            "\"onTime\":true");
    assertThat(approved).hasSize(2);
    approved.forEach(r -> EventContract.assertConforms(r, ProgressReportApproved.class));
    assertThat(approved.get(0).value())
        .contains("\"approverUnitCode\":\"" + COMMUNE_A + "\"", "\"level\":\"COMMUNE\"");
    assertThat(approved.get(1).value())
        .contains("\"approverUnitCode\":\"" + DEPARTMENT + "\"", "\"level\":\"DEPARTMENT\"");
    assertThat(value).hasSize(1);
    EventContract.assertConforms(value.getFirst(), TargetValueReported.class);
    assertThat(value.getFirst().value())
        .contains(
            "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"periodCode\":\"" + thisYear() + "\"",
            "\"value\":97.5",
            "\"unitOfMeasure\":\"%\"",
            "\"source\":\"REPORTED\"");
  }

  @Test
  void aRejectionAndADepartmentReopeningArePublishedOnTheReportsKey() {
    ReportApi api = new ReportApi(http);
    JsonNode plan = api.targetPlan(SCHOOL_A_PRIMARY);
    String formId = api.targetForm(plan);
    String targetId = plan.at("/targets/0/id").asString();
    String principal = Personas.principal(SCHOOL_A_PRIMARY);
    String first =
        api.submit(formId, thisYear(), principal, Map.of("value", 90)).json().get("id").asString();
    JsonNode rejection =
        api.reject(first, Personas.communeOfficer(COMMUNE_A), "Thiếu số liệu lớp 5").json();
    String draft = rejection.at("/draft/id").asString();
    String second =
        api.submit(formId, thisYear(), principal, Map.of("value", 92)).json().get("id").asString();
    api.approved(second, Personas.communeOfficer(COMMUNE_A));
    api.approved(second, Personas.departmentOfficer());
    JsonNode reopened =
        api.reopen(second, Personas.departmentAdmin(), "125/QĐ-SGDĐT", "Điều chỉnh số liệu").json();

    List<ConsumerRecord<String, String>> rejected =
        records(Topics.PLAN_PROGRESS_REPORT, first, v -> v.contains("\"rejecterUnitCode\""), 1);
    List<ConsumerRecord<String, String>> reopening =
        records(Topics.PLAN_PROGRESS_REPORT, second, v -> v.contains("\"decisionNumber\""), 1);

    assertThat(second).isEqualTo(draft);
    assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
    assertThat(rejected).hasSize(1);
    EventContract.assertConforms(rejected.getFirst(), ProgressReportRejected.class);
    assertThat(rejected.getFirst().value())
        .contains(
            "\"targetId\":\"" + targetId + "\"",
            "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"rejecterUnitCode\":\"" + COMMUNE_A + "\"",
            "\"level\":\"COMMUNE\"",
            "\"nextReportId\":\"" + draft + "\"",
            "\"startsOn\":\"" + thisYear() + "-01-01\"",
            "\"endsOn\":\"" + thisYear() + "-12-31\"")
        .doesNotContain("Thiếu số liệu");
    assertThat(reopening).hasSize(1);
    EventContract.assertConforms(reopening.getFirst(), ProgressReportReopened.class);
    assertThat(reopening.getFirst().value())
        .contains(
            "\"targetId\":\"" + targetId + "\"",
            "\"unitCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"reopenerUnitCode\":\"" + DEPARTMENT + "\"",
            "\"decisionNumber\":\"125/QĐ-SGDĐT\"",
            "\"decisionDate\":\"",
            "\"code\":\"" + thisYear() + "\"")
        .doesNotContain("Điều chỉnh số liệu");
  }
}
