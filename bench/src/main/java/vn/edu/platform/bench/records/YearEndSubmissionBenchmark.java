package vn.edu.platform.bench.records;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's figure: one school's year-end submission, 2,000 students × every subject of grade 9, in
 * one bulk request, accepted and computed in ≤ 5 s end to end through the gateway.
 *
 * <p>Runs against the local platform ({@code ./platform-local --detach}). First, once, it enrols
 * 2,000 students at S311003 for {@value #YEAR} in 50 classes 9B01…9B50 through the students import
 * (codes fixed, so a second run adds nothing). Then it sends the whole school's records as one
 * {@code POST /records/bulk} by {@code qt.s311003}, alternately through the gateway and to the
 * service directly (the baseline of the same run), {@code WARMUP} + {@code ROUNDS} times each;
 * every round changes the scores so the service validates, computes and stores all 2,000 again. The
 * time is from the first byte sent to the last byte of the answer (the response lists every
 * record's computed results). Writes {@code bench/results/year-end-submission.md}.
 */
public final class YearEndSubmissionBenchmark {

  static final String YEAR = "2024-2025";
  static final String SCHOOL = "S311003";
  static final int CLASSES = 50;
  static final int CLASS_SIZE = 40;
  static final Duration GOAL = Duration.ofSeconds(5);

  private YearEndSubmissionBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalRecordsApi api = LocalRecordsApi.fromEnvironment();
    int warmup = Integer.parseInt(LocalRecordsApi.env("WARMUP", "2"));
    int rounds = Integer.parseInt(LocalRecordsApi.env("ROUNDS", "5"));
    Path results = Path.of(args.length > 0 ? args[0] : "bench/results/year-end-submission.md");

    int enrolled = enrol(api);
    JsonNode curriculum = api.get("qt.s311003", "/subject-catalogue/grades/9");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < CLASSES * CLASS_SIZE; i++) {
      codes.add(code(i));
    }

    List<Long> throughGateway = new ArrayList<>();
    List<Long> direct = new ArrayList<>();
    int subjects = 0;
    long bodyBytes = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      for (boolean viaGateway : new boolean[] {true, false}) {
        Bulk bulk = bulk(codes, curriculum, round * 2 + (viaGateway ? 0 : 1));
        subjects = bulk.subjects();
        bodyBytes = bulk.json().length;
        long nanos = submit(api, viaGateway, bulk);
        if (round >= warmup) {
          (viaGateway ? throughGateway : direct).add(nanos);
        }
        System.out.printf(
            Locale.ROOT,
            "round %d %s: %.2f s%n",
            round,
            viaGateway ? "gateway" : "direct",
            nanos / 1e9);
      }
    }
    String report = report(enrolled, subjects, bodyBytes, warmup, throughGateway, direct);
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, report, StandardCharsets.UTF_8);
    System.out.println(report);
    if (Figures.median(throughGateway) > GOAL.toNanos()) {
      System.exit(1);
    }
  }

  /** The benchmark's students, enrolled once through the students import. */
  private static int enrol(LocalRecordsApi api) {
    JsonNode classes =
        api.get("qt.s311003", "/classes?schoolCode=" + SCHOOL + "&schoolYear=" + YEAR);
    long present = 0;
    for (JsonNode c : classes) {
      if (c.path("name").asString().startsWith("9B")) {
        present++;
      }
    }
    if (present == CLASSES) {
      return CLASSES * CLASS_SIZE;
    }
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFMã định danh học sinh;Họ và tên;Ngày sinh;Giới tính;Nơi sinh;Năm học;Khối;Lớp\n");
    String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    String[] given = {"An", "Bình", "Châu", "Dũng", "Hà", "Khánh", "Linh", "Nam", "Phúc", "Thảo"};
    for (int i = 0; i < CLASSES * CLASS_SIZE; i++) {
      LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(i % 360);
      csv.append(code(i))
          .append(';')
          .append(family[i % family.length])
          .append(" Văn ")
          .append(given[(i / family.length) % given.length])
          .append(';')
          .append(birth)
          .append(';')
          .append(i % 2 == 0 ? "Nữ" : "Nam")
          .append(";Hải Phòng;")
          .append(YEAR)
          .append(";9;")
          .append(String.format(Locale.ROOT, "9B%02d", 1 + i / CLASS_SIZE))
          .append('\n');
    }
    JsonNode job = api.importCsv("qt.s311003", "students", "hoc-sinh-9b.csv", csv.toString());
    System.out.println("enrolled " + job.path("rowsAccepted").asInt() + " students");
    return job.path("rowsAccepted").asInt();
  }

  record Bulk(byte[] json, int subjects) {}

  /** The school's 2,000 records, every subject of grade 9, scores shifted by {@code variant}. */
  static Bulk bulk(List<String> codes, JsonNode curriculum, int variant) {
    List<Object> records = new ArrayList<>();
    int subjects = 0;
    for (int s = 0; s < codes.size(); s++) {
      List<Object> entries = new ArrayList<>();
      int electives = 0;
      int k = 0;
      for (JsonNode subject : curriculum.path("subjects")) {
        if (subject.path("elective").asBoolean()) {
          if (electives == curriculum.path("maxElectives").asInt()) {
            continue;
          }
          electives++;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("subjectCode", subject.path("code").asString());
        boolean commentOnly = "COMMENT_ONLY".equals(subject.path("kind").asString());
        int count = subject.path("regularAssessmentsPerSemester").asInt();
        entry.put("semester1", semester(commentOnly, count, s, k, variant));
        entry.put("semester2", semester(commentOnly, count, s, k + 1, variant));
        entry.put("teacherComment", "Tiến bộ đều, cần phát huy.");
        entries.add(entry);
        k++;
      }
      subjects = entries.size();
      Map<String, Object> year = new LinkedHashMap<>();
      year.put("subjects", entries);
      year.put("conductSemester1", "GOOD");
      year.put("conductSemester2", "GOOD");
      year.put("conductYear", "GOOD");
      year.put("absencesSemester1", s % 3);
      year.put("absencesSemester2", s % 2);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("studentCode", codes.get(s));
      record.put("content", Map.of("secondary", year));
      records.add(record);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schoolCode", SCHOOL);
    body.put("schoolYear", YEAR);
    body.put("records", records);
    return new Bulk(LocalRecordsApi.JSON.writeValueAsBytes(body), subjects);
  }

  private static Map<String, Object> semester(
      boolean commentOnly, int count, int student, int subject, int variant) {
    Map<String, Object> semester = new LinkedHashMap<>();
    if (commentOnly) {
      semester.put("result", "PASSED");
      return semester;
    }
    List<Object> regular = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      regular.add(score(student, subject, i, variant));
    }
    semester.put("regular", regular);
    semester.put("midTerm", score(student, subject, 7, variant));
    semester.put("endOfTerm", score(student, subject, 9, variant));
    return semester;
  }

  /** 5.0 to 9.9 in tenths: one decimal, as the rules allow. */
  private static BigDecimal score(int student, int subject, int assessment, int variant) {
    int tenths = 50 + (student * 13 + subject * 7 + assessment * 3 + variant * 11) % 50;
    return BigDecimal.valueOf(tenths, 1);
  }

  private static long submit(LocalRecordsApi api, boolean viaGateway, Bulk bulk) {
    String url = api.root(viaGateway) + "/records/bulk";
    HttpRequest request =
        api.authorised("qt.s311003", url)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(bulk.json()))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> response = api.send(request);
    long nanos = System.nanoTime() - start;
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "POST " + url + ": " + response.statusCode() + " " + response.body());
    }
    JsonNode answer = LocalRecordsApi.JSON.readTree(response.body());
    if (answer.path("records").size() != CLASSES * CLASS_SIZE) {
      throw new IllegalStateException("the answer lists " + answer.path("records").size());
    }
    return nanos;
  }

  private static String report(
      int students, int subjects, long bodyBytes, int warmup, List<Long> gw, List<Long> direct) {
    StringBuilder out = new StringBuilder();
    out.append("# Year-end submission: one school's records in one bulk request\n\n");
    out.append(Figures.runLine("bench/run-year-end-submission-bench.sh", "."));
    out.append(
        String.format(
            Locale.ROOT,
            "%d students × %d subjects of grade 9 (school S311003, %s), one `POST"
                + " /api/v1/student-records/records/bulk` of %.1f MB; %d warm-up rounds, then %d"
                + " measured rounds, each once through the gateway and once to the service"
                + " directly.%n%n",
            students,
            subjects,
            YEAR,
            bodyBytes / 1e6,
            warmup,
            gw.size()));
    out.append("| | median | min | max |\n|---|---|---|---|\n");
    out.append(row("through the gateway (:8080)", gw));
    out.append(row("direct to the service (:8082)", direct));
    out.append(
        String.format(
            Locale.ROOT,
            "%nRatio gateway/direct (medians): %.2f. Goal ≤ %d s through the gateway: %s.%n",
            (double) Figures.median(gw) / Figures.median(direct),
            GOAL.toSeconds(),
            Figures.median(gw) <= GOAL.toNanos() ? "met" : "MISSED"));
    return out.toString();
  }

  private static String row(String name, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "| %s | %.2f s | %.2f s | %.2f s |%n",
        name,
        Figures.median(nanos) / 1e9,
        sorted.getFirst() / 1e9,
        sorted.getLast() / 1e9);
  }

  /** 10 digits: 3103 (the school), 24 (the year), the student's number. */
  static String code(int i) {
    return "310324" + String.format(Locale.ROOT, "%04d", i);
  }
}
