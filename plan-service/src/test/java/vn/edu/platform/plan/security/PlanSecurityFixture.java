package vn.edu.platform.plan.security;

import static vn.edu.platform.plan.fixtures.PlanDocuments.today;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.OrgFixtures;
import vn.edu.platform.plan.fixtures.PlanApi;
import vn.edu.platform.plan.fixtures.ReportApi;
import vn.edu.platform.plan.fixtures.SignerApi;
import vn.edu.platform.plan.fixtures.SignerCertificates;
import vn.edu.platform.plan.fixtures.SignerCertificates.Issued;
import vn.edu.platform.plan.orgunit.application.port.in.ChangeOrgDirectoryUseCase;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands.CreateOrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.securitykit.ApiOperation;
import vn.edu.platform.test.securitykit.OwnedObjects;
import vn.edu.platform.test.securitykit.SecurityFixture;

/**
 * plan-service's objects for the security kit: for a unit, an issued plan whose task and target are
 * assigned to it, a yearly report form on the task, and the unit's submitted report; for the
 * directory's writes, a throwaway school under the unit's commune, so that closing or moving it
 * spoils nothing the other tests use; for the register of signers, a homeroom teacher's registered
 * certificate, an open certificate request and a principal's delegation of the unit, each with a
 * holder of its own, so that revoking, withdrawing or ending them spoils nothing either.
 */
final class PlanSecurityFixture implements SecurityFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** A read that needs every kind of object: plan, task, form, report, import job, org unit. */
  private static final ApiOperation READ_EVERYTHING =
      new ApiOperation(
          "read-everything",
          "GET",
          "/api/v1/plans/reports/{reportId}/org-units/{code}/import-jobs/{id}/imports/{type}"
              + "/signer-certificates/{certificateId}/signer-certificate-requests/{requestId}"
              + "/signing-delegations/{delegationId}",
          List.of(),
          null,
          null,
          false,
          Set.of());

  private final Map<String, OwnedObjects> reads = new HashMap<>();

  private final ReportApi reports;
  private final SignerApi signers;
  private final ChangeOrgDirectoryUseCase directory;

  PlanSecurityFixture(ReportApi reports, SignerApi signers, ChangeOrgDirectoryUseCase directory) {
    this.reports = reports;
    this.signers = signers;
    this.directory = directory;
  }

  @Override
  public OwnedObjects objectsOwnedBy(String unitCode, ApiOperation operation) {
    if (operation.method().equals("GET")) {
      // reads change nothing: one set of objects per unit serves every read
      return reads.computeIfAbsent(unitCode, unit -> create(unit, READ_EVERYTHING));
    }
    return create(unitCode, operation);
  }

  private OwnedObjects create(String unitCode, ApiOperation operation) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> identifying = new LinkedHashSet<>();
    String path = operation.path();
    if (path.contains("/org-units/{code}")) {
      // the directory is read by everyone; its writes get a school of their own
      values.put("code", operation.method().equals("GET") ? unitCode : throwawaySchool(unitCode));
    }
    if (path.contains("/import-jobs/")) {
      // no job exists: the answer is 404 for everyone the rule lets through
      values.put("id", UUID.randomUUID().toString());
    }
    if (path.contains("/imports/")) {
      values.put("type", "org-units");
    }
    if (operation.id().equals("createReportForm")
        || path.contains("{planId}")
        || path.contains("{taskId}")
        || path.contains("{formId}")
        || path.contains("{reportId}")) {
      JsonNode plan = reports.taskPlan(unitCode);
      String planId = plan.get("id").asString();
      String taskId = PlanApi.taskId(plan, "1");
      values.put("planId", planId);
      values.put("taskId", taskId);
      values.put("unitCode", unitCode);
      identifying.add(planId);
      identifying.add(taskId);
      identifying.add(plan.get("number").asString());
      if (path.contains("{formId}") || path.contains("{reportId}")) {
        String formId = reports.taskForm(plan);
        values.put("formId", formId);
        values.put("period", ReportApi.thisYear());
        identifying.add(formId);
        if (path.contains("{reportId}")) {
          JsonNode report =
              reports.submitted(formId, ReportApi.thisYear(), Personas.schoolAdmin(unitCode));
          values.put("reportId", report.get("id").asString());
          identifying.add(report.get("id").asString());
        }
      }
      if (operation.method().equals("PATCH") && path.equals("/api/v1/plans/{planId}")) {
        values.put(
            "etag", reports.plans().get("/" + planId, Personas.departmentAdmin()).header("ETag"));
      }
      if (operation.method().equals("PATCH") && path.equals("/api/v1/plans/tasks/{taskId}")) {
        values.put(
            "etag",
            reports.plans().get("/tasks/" + taskId, Personas.departmentAdmin()).header("ETag"));
      }
    }
    signerObjects(unitCode, operation, values, identifying);
    if (operation.method().equals("PATCH") && path.equals("/api/v1/org-units/{code}")) {
      values.put(
          "etag",
          reports.plans().orgUnit(values.get("code"), Personas.departmentAdmin()).header("ETag"));
    }
    return new OwnedObjects(unitCode, values, identifying);
  }

  /**
   * The register's objects of the unit: a fresh one for each write, so a revocation, a withdrawal
   * or an ending meets an object in its first state; a registered certificate for the check.
   */
  private void signerObjects(
      String unitCode,
      ApiOperation operation,
      Map<String, String> values,
      Set<String> identifying) {
    String path = operation.path();
    if (path.contains("{certificateId}") || operation.id().equals("checkSigningAuthorisation")) {
      String login = uniqueLogin();
      Issued issued = SignerCertificates.valid("Nguyễn Thị Hải", unitCode, "Giáo viên");
      JsonNode certificate = signers.registered(issued, login, unitCode, "HOMEROOM_TEACHER");
      values.put("certificateId", certificate.get("id").asString());
      values.put("fingerprint", issued.fingerprint());
      identifying.add(certificate.get("id").asString());
      identifying.add(login);
      identifying.add(issued.fingerprint());
    }
    if (path.contains("{requestId}")) {
      String login = uniqueLogin();
      Reply request =
          signers.post(
              SignerApi.REQUESTS,
              Personas.departmentOfficer(),
              certificateRequest(login, unitCode));
      values.put("requestId", request.json().get("id").asString());
      identifying.add(request.json().get("id").asString());
      identifying.add(login);
    }
    if (path.contains("{delegationId}")) {
      String login = uniqueLogin();
      JsonNode delegation =
          signers.granted(
              SignerApi.delegation(
                  unitCode,
                  "PRINCIPAL",
                  login,
                  today().toString(),
                  today().plusDays(30).toString()));
      values.put("delegationId", delegation.get("id").asString());
      identifying.add(delegation.get("id").asString());
      identifying.add(login);
    }
    if (path.endsWith("/revocation") || path.endsWith("/withdrawal") || path.endsWith("/ending")) {
      values.put("etag", "\"1\"");
    }
  }

  private static Map<String, Object> certificateRequest(String login, String unitCode) {
    return Map.of(
        "kind", "ISSUE",
        "holderLogin", login,
        "holderName", "Trần Văn Minh",
        "unitCode", unitCode,
        "role", "HOMEROOM_TEACHER");
  }

  private static String uniqueLogin() {
    return "kt." + SEQUENCE.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6);
  }

  @Override
  public @Nullable Object body(ApiOperation operation, OwnedObjects objects) {
    Map<String, String> v = objects.pathValues();
    return switch (operation.id()) {
      case "createSignerCertificateRequest" ->
          certificateRequest(uniqueLogin(), objects.ownerUnit());
      case "withdrawSignerCertificateRequest" -> Map.of("reason", "Đã nghỉ hưu.");
      case "registerSignerCertificate" ->
          SignerApi.registration(
              SignerCertificates.valid("Lê Văn Nam", objects.ownerUnit(), "Giáo viên"),
              uniqueLogin(),
              objects.ownerUnit(),
              "HOMEROOM_TEACHER");
      case "revokeSignerCertificate" -> SignerApi.revocation(null);
      case "grantSigningDelegation" ->
          SignerApi.delegation(
              objects.ownerUnit(),
              "PRINCIPAL",
              uniqueLogin(),
              today().toString(),
              today().plusDays(30).toString());
      case "endSigningDelegation" ->
          Map.of(
              "lastDay", today().plusDays(10).toString(),
              "decisionNumber", "130/QĐ-SGDĐT",
              "decisionDate", today().toString());
      case "checkSigningAuthorisation" ->
          SignerApi.check(
              v.get("fingerprint"), objects.ownerUnit(), "HOMEROOM_TEACHER", null, null);
      case "createPlan" -> vn.edu.platform.plan.fixtures.PlanDocuments.plan();
      case "createOrgUnit" ->
          Map.of(
              "code", uniqueCode(),
              "name", "Trường Tiểu học Kiểm thử",
              "kind", "SCHOOL",
              "schoolLevel", "PRIMARY",
              "ownership", "PUBLIC",
              "parentCode", OrgTreeFixture.COMMUNE_A,
              "validFrom", "2025-09-01");
      case "mergeOrgUnits" ->
          Map.of(
              "sourceCodes", List.of(throwawaySchool(OrgTreeFixture.SCHOOL_A_PRIMARY)),
              "targetCode", throwawaySchool(OrgTreeFixture.SCHOOL_A_PRIMARY),
              "effectiveFrom", today().toString());
      case "updateOrgUnit" -> Map.of("name", "Trường Tiểu học Đổi tên");
      case "closeOrgUnit" -> Map.of("lastDay", today().toString());
      case "moveOrgUnit" ->
          Map.of("parentCode", OrgTreeFixture.COMMUNE_B, "effectiveFrom", today().toString());
      case "createReportForm" -> ReportApi.yearlyForm(v.get("planId"), "taskId", v.get("taskId"));
      case "saveReportDraft", "submitReport" ->
          Map.of("percentComplete", 40, "narrative", "Đang triển khai.");
      case "approveReport" -> Map.of("comment", "Đồng ý.");
      case "rejectReport" -> Map.of("reason", "Thiếu minh chứng.");
      case "reopenReport" ->
          Map.of(
              "decisionNumber", "12/QĐ-SGDĐT",
              "decisionDate", today().toString(),
              "reason", "Điều chỉnh số liệu.");
      case "updateTask" -> Map.of("content", "Nhiệm vụ đã sửa");
      case "assignTask" -> Map.of("unitCodes", List.of(OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY));
      case "updateAssignment" -> Map.of("percentComplete", 30);
      case "moveTask" -> Map.of();
      case "updatePlan" -> Map.of("title", "Kế hoạch đã sửa");
      case "addTarget" ->
          vn.edu.platform.plan.fixtures.PlanDocuments.percentTarget("Tỷ lệ kiểm thử", 90);
      case "addTask" ->
          vn.edu.platform.plan.fixtures.PlanDocuments.task(
              "9." + SEQUENCE.incrementAndGet(),
              "SGD31-VP",
              Map.of("kind", "YEAR", "year", today().getYear() + 1));
      default -> null;
    };
  }

  @Override
  public Map<String, String> query(ApiOperation operation, OwnedObjects objects) {
    return switch (operation.id()) {
      case "getReportStatistics" -> Map.of("period", ReportApi.thisYear());
      // the unit whose work is asked for: callers without a unit of their own must name one
      case "listMyTasks", "listReminders", "getCurrentReport" ->
          Map.of("unitCode", objects.ownerUnit());
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> headers(ApiOperation operation, OwnedObjects objects) {
    String etag = objects.pathValues().get("etag");
    return etag == null ? Map.of() : Map.of("If-Match", etag);
  }

  private String throwawaySchool(String nearUnit) {
    String code = uniqueCode();
    String commune =
        nearUnit.equals(OrgTreeFixture.SCHOOL_B_PRIMARY)
            ? OrgTreeFixture.COMMUNE_B
            : OrgTreeFixture.COMMUNE_A;
    directory.upsert(
        List.of(
            new CreateOrgUnit(
                code,
                "Trường Tiểu học " + code,
                OrgUnitKind.SCHOOL,
                SchoolLevel.PRIMARY,
                Ownership.PUBLIC,
                null,
                commune,
                OrgFixtures.COMMUNES_SINCE)));
    return code;
  }

  private static String uniqueCode() {
    return "S8" + (System.nanoTime() % 100_000) + SEQUENCE.incrementAndGet();
  }
}
