package vn.edu.platform.studentrecord.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.studentrecord.fixtures.RecordSecurityObjects;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.securitykit.ApiOperation;
import vn.edu.platform.test.securitykit.OwnedObjects;
import vn.edu.platform.test.securitykit.Persona;
import vn.edu.platform.test.securitykit.SecurityFixture;

/**
 * student-record-service's objects for the security kit, created through the service's own API so
 * that they belong to the unit: a student of the school enrolled in a class of the current school
 * year, with a guardian. For unit A the guardian is linked to the kit's citizen ({@link
 * Persona#CITIZEN_LOGIN}), so the matrix sees what a linked parent reads and the other-unit check
 * that the link opens nothing of unit B. Reads share one set of objects per unit; each write gets
 * fresh ones, so that a transfer, an enrolment or an unlinking meets objects in their first state.
 */
final class StudentRecordSecurityFixture implements SecurityFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final StudentApi api;
  private final Map<String, OwnedObjects> reads = new HashMap<>();

  private final RecordSecurityObjects records;

  StudentRecordSecurityFixture(StudentApi api, RecordSecurityObjects records) {
    this.api = api;
    this.records = records;
  }

  @Override
  public OwnedObjects objectsOwnedBy(String unitCode, ApiOperation operation) {
    if (operation.method().equals("GET")) {
      // reads change nothing: one set of objects per unit serves every read
      return reads.computeIfAbsent(unitCode, unit -> create(unit, operation, true));
    }
    return create(unitCode, operation, false);
  }

  private OwnedObjects create(String unitCode, ApiOperation operation, boolean everything) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> identifying = new LinkedHashSet<>();
    String path = operation.path();
    if (everything || path.contains("/import-jobs/")) {
      // no job exists: the answer is 404 for everyone the rule lets through
      values.put("id", UUID.randomUUID().toString());
    }
    if (everything || path.contains("/imports/")) {
      values.put("type", "unknown");
    }
    if (everything || path.contains("{grade}")) {
      values.put("grade", "9");
    }
    if (everything || path.contains("{studentCode}") || path.contains("{classId}")) {
      String name = StudentApi.uniqueName("Kiểm");
      JsonNode student = api.registered(unitCode, name);
      String code = student.get("studentCode").asString();
      JsonNode schoolClass = api.classOf(unitCode, 3);
      String classId = schoolClass.get("id").asString();
      values.put("studentCode", code);
      values.put("classId", classId);
      identifying.add(name);
      identifying.add(student.get("personalId").asString());
      identifying.add(classId);
      identifying.add(schoolClass.get("name").asString());
      if (!operation.id().equals("enrolStudent")) {
        api.enrolled(unitCode, code, classId, StudentApi.yearStart());
      }
      if (everything || path.contains("{guardianId}") || operation.id().equals("addGuardian")) {
        String login =
            everything
                ? (unitCode.equals(OrgTreeFixture.SCHOOL_A_PRIMARY) ? Persona.CITIZEN_LOGIN : null)
                : "congdan.kit" + SEQUENCE.incrementAndGet();
        JsonNode guardian = api.guardian(unitCode, code, login);
        values.put("guardianId", guardian.get("id").asString());
        identifying.add(guardian.get("id").asString());
        identifying.add(guardian.get("fullName").asString());
      }
      values.put("etag", operation.id().equals("setStudentSensitiveData") ? "\"0\"" : "\"1\"");
    }
    if (everything || RecordSecurityObjects.concerns(operation)) {
      records.fill(unitCode, everything ? READ_EVERYTHING : operation, values, identifying);
      if (everything && unitCode.equals(OrgTreeFixture.SCHOOL_A_PRIMARY)) {
        // the citizen persona reads unit A's record as the student's linked guardian
        api.guardian(unitCode, values.get("studentCode"), Persona.CITIZEN_LOGIN);
      }
    }
    return new OwnedObjects(unitCode, values, identifying);
  }

  /** The record feature's reads need a record and a signing job. */
  private static final ApiOperation READ_EVERYTHING =
      new ApiOperation(
          "read-everything",
          "GET",
          "/api/v1/student-records/records/{recordId}/signing-jobs/{jobId}",
          java.util.List.of(),
          null,
          null,
          false,
          Set.of());

  @Override
  public @Nullable Object body(ApiOperation operation, OwnedObjects objects) {
    Map<String, String> v = objects.pathValues();
    String unit = objects.ownerUnit();
    if (RecordSecurityObjects.concerns(operation)) {
      return records.body(operation, v, unit);
    }
    return switch (operation.id()) {
      case "registerStudent" ->
          StudentApi.registration(StudentApi.newStudentCode(), unit, StudentApi.uniqueName("Mới"));
      case "updateStudentIdentity" -> Map.of("placeOfBirth", "Hà Nội");
      case "setStudentSensitiveData" -> Map.of("ethnicityCode", "01");
      case "createClass" ->
          StudentApi.schoolClass(unit, StudentApi.schoolYear(), 4, StudentApi.className(4));
      case "changeHomeroomTeacher" -> Map.of("login", "gv.kit" + SEQUENCE.incrementAndGet());
      case "enrolStudent" ->
          Map.of("classId", v.get("classId"), "startDate", StudentApi.yearStart().toString());
      case "transferStudent" ->
          Map.of(
              "date",
              StudentApi.today().toString(),
              "reason",
              "Gia đình chuyển nơi ở.",
              "toSchoolCode",
              OrgTreeFixture.SCHOOL_A_LOWER_SECONDARY);
      case "addGuardian" ->
          Map.of("fullName", "Lê Thị Hoa", "relationship", "MOTHER", "legalRepresentative", true);
      case "updateGuardian" -> Map.of("phone", "0987654321");
      default -> null;
    };
  }

  @Override
  public Map<String, String> query(ApiOperation operation, OwnedObjects objects) {
    if (RecordSecurityObjects.concerns(operation)) {
      return records.query(operation, objects.ownerUnit());
    }
    return switch (operation.id()) {
      case "searchStudents" -> Map.of("schoolCode", objects.ownerUnit());
      case "listClasses" ->
          Map.of("schoolCode", objects.ownerUnit(), "schoolYear", StudentApi.schoolYear());
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> headers(ApiOperation operation, OwnedObjects objects) {
    if (RecordSecurityObjects.concerns(operation)) {
      return records.headers(operation, objects.pathValues());
    }
    boolean conditional =
        operation.method().equals("PUT")
            || operation.method().equals("DELETE")
            || (operation.method().equals("PATCH") && !operation.path().contains("/import"));
    String etag = objects.pathValues().get("etag");
    return conditional && etag != null ? Map.of("If-Match", etag) : Map.of();
  }
}
