package vn.edu.platform.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo school year 2025-2026 of student-record-service, through its own API as the schools'
 * staff would enter it:
 *
 * <ul>
 *   <li>S311003 (lower secondary): classes 9A1 and 9A2 of {@value #CLASS_SIZE} students each, from
 *       a students sheet ({@code students} import, CSV), the homeroom teacher {@code gv.s311003}
 *       set on both, every subject of grade 9 from a grade sheet ({@code grade-sheets} import,
 *       CSV). 9A1 is verified, confirmed, signed by the teacher and by the principal (two signing
 *       jobs through the simulated CA, each one-time code read from the local code inbox as the
 *       signer reads it on the phone) and locked; 9A2 has its records spread over the states, a
 *       quarter each: draft, verified, confirmed, signed by the teacher, signed by the principal.
 *   <li>S311002 (primary): class 5A1 of {@value #CLASS_SIZE} students from a students sheet, half
 *       of their records submitted as one bulk JSON request, the other half from a primary grade
 *       sheet ({@code primary-grade-sheets} import, CSV in the columns of the service's template),
 *       which are then verified.
 * </ul>
 *
 * <p>A second start finds class 9A1 with its records and loads nothing.
 */
public final class StudentRecordDemoLoader implements DemoDataLoader {

  static final String BASE = "/api/v1/student-records";
  static final String YEAR = "2025-2026";
  static final String SECONDARY = "S311003";
  static final String PRIMARY = "S311002";
  static final int CLASS_SIZE = 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"
  };
  private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Đức", "Thu", "Quang"};
  private static final String[] GIVEN = {
    "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Huy", "Khánh", "Linh", "Long", "Mai", "Nam",
    "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Việt"
  };

  /** The five qualities and ten competencies of Circular 27/2020, as the API names them. */
  private static final List<String> QUALITIES =
      List.of("PATRIOTISM", "COMPASSION", "DILIGENCE", "HONESTY", "RESPONSIBILITY");

  private static final List<String> COMPETENCIES =
      List.of(
          "SELF_RELIANCE_AND_SELF_STUDY",
          "COMMUNICATION_AND_COLLABORATION",
          "PROBLEM_SOLVING_AND_CREATIVITY",
          "LANGUAGE",
          "MATHEMATICS",
          "SCIENCE",
          "TECHNOLOGY",
          "INFORMATICS",
          "AESTHETICS",
          "PHYSICAL");

  private final Function<String, String> tokenOf;
  private final URI codeInbox;

  /**
   * @param tokenOf an access token of a demo login ({@code qt.s311003}, {@code gv.s311003}, ...)
   * @param codeInbox the local one-time code inbox ({@code http://localhost:8192/otp-inbox})
   */
  public StudentRecordDemoLoader(Function<String, String> tokenOf, URI codeInbox) {
    this.tokenOf = tokenOf;
    this.codeInbox = codeInbox;
  }

  @Override
  public String description() {
    return "school year " + YEAR + " (students, grade sheets, records draft to locked)";
  }

  @Override
  public String service() {
    return "student-record-service";
  }

  @Override
  public String load(DemoContext context) {
    Api api = new Api(context);
    String admin = "qt." + SECONDARY.toLowerCase();
    if (classId(api, admin, SECONDARY, "9A1") != null
        && !records(api, admin, SECONDARY, classId(api, admin, SECONDARY, "9A1")).isEmpty()) {
      return "already there (class 9A1 of " + SECONDARY + " has its records)";
    }
    String secondary = loadSecondary(api);
    String primary = loadPrimary(api);
    return secondary + "; " + primary;
  }

  // ---- S311003: grade 9 ----

  private String loadSecondary(Api api) {
    String admin = "qt.s311003";
    String teacher = "gv.s311003";
    String principal = "ht.s311003";
    StringBuilder students = new StringBuilder(studentsHeader());
    for (int i = 0; i < CLASS_SIZE * 2; i++) {
      students.append(studentRow(code(SECONDARY, i), i, 2011, 9, i < CLASS_SIZE ? "9A1" : "9A2"));
    }
    JsonNode roster = api.importFile(admin, "students", "danh-sach-9.csv", students.toString());
    String a1 = classId(api, admin, SECONDARY, "9A1");
    String a2 = classId(api, admin, SECONDARY, "9A2");
    if (a1 == null || a2 == null) {
      throw new DemoDataException("the students import made no classes 9A1/9A2: " + roster);
    }
    setHomeroomTeacher(api, admin, a1, teacher);
    setHomeroomTeacher(api, admin, a2, teacher);

    JsonNode curriculum = api.get(admin, BASE + "/subject-catalogue/grades/9");
    StringBuilder sheet = new StringBuilder(gradeSheetHeader());
    for (int i = 0; i < CLASS_SIZE * 2; i++) {
      sheet.append(gradeSheetRows(code(SECONDARY, i), curriculum, i));
    }
    JsonNode grades = api.importFile(admin, "grade-sheets", "bang-diem-9.csv", sheet.toString());

    api.post(admin, BASE + "/record-steps", step("VERIFY", SECONDARY, a1));
    api.post(admin, BASE + "/record-steps", step("CONFIRM", SECONDARY, a1));
    List<String> second = records(api, admin, SECONDARY, a2);
    int quarter = second.size() / 5;
    for (int i = quarter; i < second.size(); i++) {
      api.step(admin, second.get(i), "verification");
    }
    for (int i = 2 * quarter; i < second.size(); i++) {
      api.step(admin, second.get(i), "confirmation");
    }
    List<String> first = records(api, admin, SECONDARY, a1);
    // grade 9 from 2026: the principal confirms lower-secondary completion before signing
    for (String id : first) {
      api.step(principal, id, "completion-confirmation");
    }
    for (int i = 4 * quarter; i < second.size(); i++) {
      api.step(principal, second.get(i), "completion-confirmation");
    }
    sign(api, teacher, job("HOMEROOM_TEACHER", a1, null));
    sign(api, teacher, job("HOMEROOM_TEACHER", a2, second.subList(3 * quarter, second.size())));
    List<String> byPrincipal = new ArrayList<>(first);
    byPrincipal.addAll(second.subList(4 * quarter, second.size()));
    sign(api, principal, job("PRINCIPAL", null, byPrincipal));
    api.post(admin, BASE + "/record-steps", step("LOCK", SECONDARY, a1));
    return SECONDARY
        + ": "
        + roster.path("rowsAccepted").asInt()
        + " students, "
        + grades.path("rowsAccepted").asInt()
        + " grade-sheet rows, 9A1 locked, 9A2 draft to signed by the principal";
  }

  // ---- S311002: grade 5 ----

  private String loadPrimary(Api api) {
    String admin = "qt.s311002";
    StringBuilder students = new StringBuilder(studentsHeader());
    for (int i = 0; i < CLASS_SIZE; i++) {
      students.append(studentRow(code(PRIMARY, i), i + 3, 2015, 5, "5A1"));
    }
    JsonNode roster = api.importFile(admin, "students", "danh-sach-5a1.csv", students.toString());
    String a1 = classId(api, admin, PRIMARY, "5A1");
    if (a1 == null) {
      throw new DemoDataException("the students import made no class 5A1: " + roster);
    }
    JsonNode curriculum = api.get(admin, BASE + "/subject-catalogue/grades/5");
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < CLASS_SIZE / 2; i++) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("studentCode", code(PRIMARY, i));
      record.put("content", primaryContent(curriculum, i));
      records.add(record);
    }
    Map<String, Object> bulk = new LinkedHashMap<>();
    bulk.put("schoolYear", YEAR);
    bulk.put("classId", a1);
    bulk.put("records", records);
    api.post(admin, BASE + "/records/bulk", bulk);
    // the other half from a primary grade sheet, in the columns of the service's own template
    String template = api.text(admin, BASE + "/imports/primary-grade-sheets/template?format=csv");
    List<String> header = headerOf(template);
    StringBuilder sheet = new StringBuilder("\uFEFF").append(csvLine(header));
    for (int i = CLASS_SIZE / 2; i < CLASS_SIZE; i++) {
      sheet.append(primarySheetRows(header, code(PRIMARY, i), curriculum, i));
    }
    JsonNode rows =
        api.importFile(admin, "primary-grade-sheets", "tong-hop-5a1.csv", sheet.toString());
    List<String> ids = records(api, admin, PRIMARY, a1);
    for (int i = ids.size() / 2; i < ids.size(); i++) {
      api.step(admin, ids.get(i), "verification");
    }
    return PRIMARY
        + ": "
        + ids.size()
        + " primary records (half as JSON, half from a grade sheet of "
        + rows.path("rowsAccepted").asInt()
        + " rows), the grade sheet's verified";
  }

  /**
   * A student's rows of the primary grade sheet: one per subject of the grade, the qualities,
   * competencies and absences on the first. The columns are found by the template's headers.
   */
  static String primarySheetRows(List<String> header, String student, JsonNode curriculum, int i) {
    StringBuilder rows = new StringBuilder();
    boolean first = true;
    for (JsonNode subject : curriculum.path("subjects")) {
      boolean tested = "PRIMARY_LEVEL_AND_TEST".equals(subject.path("kind").asString());
      String level = i % 4 == 0 ? "HT" : "HTT";
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(
            switch (column) {
              case "Mã học sinh" -> student;
              case "Năm học" -> YEAR;
              case "Mã môn" -> subject.path("code").asString();
              case "Mức đạt HK1", "Mức đạt cả năm" -> level;
              case "Điểm KT HK1" -> tested ? String.valueOf(7 + i % 4) : "";
              case "Điểm KT cuối năm" -> tested ? String.valueOf(7 + (i + 1) % 4) : "";
              case "Nhận xét" -> "Em chăm chỉ, tiến bộ.";
              case "Nghỉ HK1" -> first ? String.valueOf(i % 3) : "";
              case "Nghỉ HK2" -> first ? String.valueOf(i % 2) : "";
              default ->
                  first && (column.startsWith("PC ") || column.startsWith("NL "))
                      ? (i % 3 == 0 ? "Đ" : "T")
                      : "";
            });
      }
      rows.append(csvLine(cells));
      first = false;
    }
    return rows.toString();
  }

  /** The first record of a CSV template (RFC 4180, a BOM first). */
  static List<String> headerOf(String template) {
    try (CSVParser parser = CSVParser.parse(template.replace("\uFEFF", ""), CSVFormat.RFC4180)) {
      return parser.getRecords().getFirst().toList();
    } catch (IOException e) {
      throw new DemoDataException("the template is no CSV: " + e.getMessage(), e);
    }
  }

  /** One CSV line (RFC 4180 quoting: the comments have commas), ended by a line feed. */
  private static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(line, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new DemoDataException("could not write a CSV line: " + e.getMessage(), e);
    }
    return line.toString();
  }

  // ---- content ----

  /** A student code of the sector database: the school's digits, then a number (10 digits). */
  static String code(String school, int index) {
    return "31" + school.substring(4) + "25" + String.format("%03d", index + 1);
  }

  private static String studentsHeader() {
    return "\uFEFFMã định danh học sinh;Họ và tên;Ngày sinh;Giới tính;Nơi sinh;Năm học;Khối;Lớp\n";
  }

  private static String studentRow(String code, int i, int birthYear, int grade, String className) {
    String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[i % MIDDLE.length] + " " + given(i);
    String birth = String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, birthYear);
    return String.join(
            ";",
            code,
            name,
            birth,
            i % 2 == 0 ? "Nữ" : "Nam",
            "Hải Phòng",
            YEAR,
            String.valueOf(grade),
            className)
        + "\n";
  }

  private static String given(int i) {
    return GIVEN[(i * 7) % GIVEN.length];
  }

  private static String gradeSheetHeader() {
    return "\uFEFFMã học sinh;Năm học;Mã môn;HK1 ĐĐGtx;HK1 ĐĐGgk;HK1 ĐĐGck;HK1 Kết quả;HK2 ĐĐGtx;"
        + "HK2 ĐĐGgk;HK2 ĐĐGck;HK2 Kết quả;Nhận xét;Rèn luyện HK1;Rèn luyện HK2;"
        + "Rèn luyện cả năm;Nghỉ HK1;Nghỉ HK2\n";
  }

  /** One row per subject of the grade (electives up to the grade's maximum), scores varied. */
  private static String gradeSheetRows(String student, JsonNode curriculum, int i) {
    StringBuilder rows = new StringBuilder();
    boolean first = true;
    int electives = 0;
    int s = 0;
    for (JsonNode subject : curriculum.path("subjects")) {
      if (subject.path("elective").asBoolean()) {
        if (electives == curriculum.path("maxElectives").asInt()) {
          continue;
        }
        electives++;
      }
      String code = subject.path("code").asString();
      rows.append(student).append(';').append(YEAR).append(';').append(code).append(';');
      if ("COMMENT_ONLY".equals(subject.path("kind").asString())) {
        rows.append(";;;Đ;;;;Đ;Hoàn thành tốt.;");
      } else {
        int count = subject.path("regularAssessmentsPerSemester").asInt();
        String regular = repeat(score(i, s, 0), count);
        rows.append('"')
            .append(regular)
            .append("\";")
            .append(score(i, s, 1))
            .append(';')
            .append(score(i, s, 2))
            .append(";;\"")
            .append(repeat(score(i, s, 3), count))
            .append("\";")
            .append(score(i, s, 4))
            .append(';')
            .append(score(i, s, 5))
            .append(";;Tiến bộ đều.;");
      }
      rows.append(first ? (i % 7 == 0 ? "K;T;T;2;1\n" : "T;T;T;1;0\n") : ";;;;\n");
      first = false;
      s++;
    }
    return rows.toString();
  }

  /** A score from 6,0 to 9,5 in steps of 0,5, written the Vietnamese way (decimal comma). */
  private static String score(int student, int subject, int assessment) {
    int halves = 12 + (student * 5 + subject * 3 + assessment * 7) % 8;
    return (halves / 2) + (halves % 2 == 0 ? "" : ",5");
  }

  private static String repeat(String score, int count) {
    List<String> scores = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      scores.add(score);
    }
    return String.join(";", scores);
  }

  private static Map<String, Object> primaryContent(JsonNode curriculum, int i) {
    List<Object> subjects = new ArrayList<>();
    for (JsonNode subject : curriculum.path("subjects")) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("subjectCode", subject.path("code").asString());
      String level = i % 4 == 0 ? "COMPLETED" : "COMPLETED_WELL";
      entry.put("semester1Level", level);
      entry.put("yearLevel", level);
      if ("PRIMARY_LEVEL_AND_TEST".equals(subject.path("kind").asString())) {
        entry.put("semester1Test", 7 + i % 4);
        entry.put("yearTest", 7 + (i + 1) % 4);
      }
      entry.put("teacherComment", "Em chăm chỉ, tiến bộ.");
      subjects.add(entry);
    }
    Map<String, Object> year = new LinkedHashMap<>();
    year.put("subjects", subjects);
    Map<String, Object> qualities = new LinkedHashMap<>();
    for (String quality : QUALITIES) {
      qualities.put(quality, i % 3 == 0 ? "PASS" : "GOOD");
    }
    Map<String, Object> competencies = new LinkedHashMap<>();
    for (String competency : COMPETENCIES) {
      competencies.put(competency, i % 5 == 0 ? "PASS" : "GOOD");
    }
    year.put("qualities", qualities);
    year.put("competencies", competencies);
    year.put("absencesSemester1", i % 3);
    year.put("absencesSemester2", i % 2);
    return Map.of("primary", year);
  }

  private static Map<String, Object> step(String step, String school, String classId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("step", step);
    body.put("schoolCode", school);
    body.put("schoolYear", YEAR);
    body.put("classId", classId);
    return body;
  }

  private static Map<String, Object> job(String role, String classId, List<String> recordIds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("role", role);
    body.put("schoolCode", SECONDARY);
    body.put("schoolYear", YEAR);
    if (classId != null) {
      body.put("classId", classId);
    }
    if (recordIds != null) {
      body.put("recordIds", recordIds);
    }
    return body;
  }

  // ---- workflow helpers ----

  private static String classId(Api api, String login, String school, String name) {
    JsonNode classes =
        api.get(login, BASE + "/classes?schoolCode=" + school + "&schoolYear=" + YEAR);
    for (JsonNode c : classes) {
      if (name.equals(c.path("name").asString())) {
        return c.path("id").asString();
      }
    }
    return null;
  }

  /** The ids of a class's current records, in student-code order. */
  private static List<String> records(Api api, String login, String school, String classId) {
    JsonNode page =
        api.get(
            login,
            BASE
                + "/records?schoolCode="
                + school
                + "&schoolYear="
                + YEAR
                + "&classId="
                + classId
                + "&size=200");
    List<Map.Entry<String, String>> found = new ArrayList<>();
    for (JsonNode r : page.path("items")) {
      found.add(Map.entry(r.path("studentCode").asString(), r.path("id").asString()));
    }
    found.sort(Map.Entry.comparingByKey());
    return found.stream().map(Map.Entry::getValue).toList();
  }

  private static void setHomeroomTeacher(Api api, String login, String classId, String teacher) {
    JsonNode current = api.get(login, BASE + "/classes/" + classId);
    api.send(
        login,
        "PUT",
        BASE + "/classes/" + classId + "/homeroom-teacher",
        Map.of("login", teacher),
        "\"" + current.path("revision").asLong() + "\"",
        200);
  }

  /**
   * Starts a signing job. The service checks the signer against its replica of the register of
   * signers, which follows plan-service's events: just after the register was loaded the replica
   * may not have the demo signers yet, so a refusal is retried for a minute.
   */
  private static String startJob(Api api, String login, Map<String, Object> request) {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (true) {
      try {
        return api.post(login, BASE + "/signing-jobs", request).path("id").asString();
      } catch (DemoDataException refused) {
        if (Instant.now().isAfter(until)) {
          throw refused;
        }
        api.pause(Duration.ofSeconds(2));
      }
    }
  }

  /** A signing job from start to end, the code read from the inbox as the signer would. */
  private void sign(Api api, String login, Map<String, Object> request) {
    String jobId = startJob(api, login, request);
    JsonNode job = api.awaitJob(login, jobId, "AWAITING_CODE");
    if (!job.path("status").asString().equals("AWAITING_CODE")) {
      throw new DemoDataException("signing job " + jobId + " of " + login + ": " + job);
    }
    String code = api.codeOf(codeInbox, login);
    api.post(login, BASE + "/signing-jobs/" + jobId + "/one-time-code", Map.of("code", code));
    job = api.awaitJob(login, jobId, "COMPLETED");
    if (!job.path("status").asString().equals("COMPLETED") || job.path("signed").asInt() == 0) {
      throw new DemoDataException("signing job " + jobId + " of " + login + " ended: " + job);
    }
  }

  /**
   * HTTP calls through the gateway with a login's token; a refusal is a {@link DemoDataException}.
   */
  private final class Api {

    private final DemoContext context;

    Api(DemoContext context) {
      this.context = context;
    }

    JsonNode get(String login, String path) {
      return send(login, "GET", path, null, null, 200);
    }

    JsonNode post(String login, String path, Object body) {
      return send(login, "POST", path, body, null, -1);
    }

    /** A workflow step on one record at its current revision. */
    JsonNode step(String login, String recordId, String step) {
      JsonNode record = get(login, BASE + "/records/" + recordId);
      return send(
          login,
          "POST",
          BASE + "/records/" + recordId + "/" + step,
          null,
          "\"" + record.path("revision").asLong() + "\"",
          200);
    }

    /** A text answer (a template), 200 expected. */
    String text(String login, String path) {
      HttpRequest request = authorised(login, path).setHeader("Accept", "text/csv").GET().build();
      try {
        HttpResponse<String> answer =
            context
                .http()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
          throw new DemoDataException("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
      } catch (IOException e) {
        throw new DemoDataException("GET " + path + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoDataException("interrupted", e);
      }
    }

    JsonNode importFile(String login, String type, String fileName, String csv) {
      Multipart body = Multipart.withFile("file", fileName, csv.getBytes(StandardCharsets.UTF_8));
      HttpRequest request =
          authorised(login, BASE + "/imports/" + type)
              .header("Content-Type", body.contentType())
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
              .build();
      JsonNode job = answer(request, "POST " + type + " import", -1);
      String id = job.path("id").asString();
      Instant until = Instant.now().plus(PATIENCE);
      while (!List.of("COMPLETED", "FAILED").contains(job.path("status").asString())) {
        if (Instant.now().isAfter(until)) {
          throw new DemoDataException("import job " + id + " did not finish: " + job);
        }
        pause();
        job = get(login, BASE + "/import-jobs/" + id);
      }
      if (!job.path("status").asString().equals("COMPLETED")
          || job.path("rowsRejected").asInt() > 0) {
        throw new DemoDataException(
            type
                + " import "
                + id
                + " ended "
                + job.path("status").asString()
                + " with "
                + job.path("rowsRejected").asInt()
                + " rows refused: "
                + get(login, BASE + "/import-jobs/" + id + "/errors"));
      }
      context.progress().accept(type + " import " + fileName + ": " + job.path("rowsAccepted"));
      return job;
    }

    JsonNode awaitJob(String login, String jobId, String status) {
      Instant until = Instant.now().plus(PATIENCE);
      while (true) {
        JsonNode job = get(login, BASE + "/signing-jobs/" + jobId);
        String now = job.path("status").asString();
        if (now.equals(status) || now.equals("COMPLETED") || now.equals("FAILED")) {
          return job;
        }
        if (Instant.now().isAfter(until)) {
          throw new DemoDataException("signing job " + jobId + " stayed " + now);
        }
        pause();
      }
    }

    String codeOf(URI inbox, String login) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(inbox + "/" + login))
              .timeout(context.timeout())
              .GET()
              .build();
      try {
        HttpResponse<String> answer =
            context.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new DemoDataException("no one-time code for " + login + " in " + inbox);
        }
        return answer.body().trim();
      } catch (IOException e) {
        throw new DemoDataException("the code inbox " + inbox + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoDataException("interrupted", e);
      }
    }

    JsonNode send(
        String login, String method, String path, Object body, String ifMatch, int expected) {
      HttpRequest.Builder request = authorised(login, path);
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      if (!method.equals("GET")) {
        request.header("Idempotency-Key", UUID.randomUUID().toString());
      }
      if (body == null) {
        request.method(
            method,
            method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(""));
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      return answer(request.build(), method + " " + path, expected);
    }

    private HttpRequest.Builder authorised(String login, String path) {
      return HttpRequest.newBuilder(context.gateway().resolve(path))
          .timeout(context.timeout())
          .header("Authorization", "Bearer " + tokenOf.apply(login))
          .header("Accept", "application/json");
    }

    /** The answer's JSON; {@code expected} -1 takes any 2xx. */
    private JsonNode answer(HttpRequest request, String what, int expected) {
      try {
        HttpResponse<String> answer =
            context
                .http()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = answer.statusCode();
        boolean ok = expected == -1 ? status / 100 == 2 : status == expected;
        if (!ok) {
          throw new DemoDataException(what + " answered " + status + ": " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
      } catch (IOException e) {
        throw new DemoDataException(what + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoDataException("interrupted", e);
      }
    }

    private void pause() {
      pause(Duration.ofMillis(300));
    }

    void pause(Duration duration) {
      try {
        Thread.sleep(duration);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoDataException("interrupted", e);
      }
    }
  }
}
