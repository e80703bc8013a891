package vn.edu.platform.bench.records;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's signing figures, through student-record-service's API on the local platform: the
 * principal signs 2,000 records of the school at baseline-LT in one action (one request, one job,
 * each record its own signature entry) in ≤ 4 s; one record's signatures are verified with their
 * report in ≤ 10 ms.
 *
 * <p>Each round takes a cohort of its own: 2,000 grade-9 students of S311003 in 2024-2025, classes
 * {@code 9S<k>-01}…{@code 9S<k>-50} (codes {@code 3103<50+k>0000}…), enrolled through the students
 * import, their records sent as one school-wide bulk request, verified and confirmed class by
 * class, signed by the homeroom teacher {@code gv.s311003} class by class (50 jobs of 40: the
 * baseline of the same run, the same path with a small batch), then by the principal {@code
 * ht.s311003} in one job of 2,000: the measured figure, from handing the job its one-time code to
 * the job seen {@code COMPLETED} (polled every 10 ms), which is what platform-signing's batch
 * measures plus the service's own work (the CA's remote signing, the time-stamps and revocation
 * data, 2,000 signature entries and state changes stored, their events in the outbox). The time
 * from the request to the job waiting for its code (the records chosen and checked, the CA asked to
 * text the code) is reported beside it. A later run takes the next cohorts.
 *
 * <p>Then the verification of single records: {@code GET /records/{id}/signature-verification} of
 * {@value #VERIFIED} records of the last cohort drawn at random (seeded), each through the gateway
 * and to the service directly in a random order (both signatures, the full report), with a plain
 * {@code GET /records/{id}} as the baseline of the same run; 20 records of the first cohort warm
 * the path first. The service remembers the group signatures (20 records each) DSS found valid, so
 * each verification is classified by the service's counter {@code
 * records_signature_verifications_total{validation="dss"}} read around it: the records whose two
 * groups DSS validated in that very call (the first record of its groups to be verified since the
 * service started), and those whose groups it had validated before. Writes {@code
 * bench/results/bulk-signing.md}; exits 1 on a missed goal.
 */
public final class BulkSigningBenchmark {

  static final String YEAR = "2024-2025";
  static final String SCHOOL = "S311003";
  static final String ADMIN = "qt.s311003";
  static final String TEACHER = "gv.s311003";
  static final String PRINCIPAL = "ht.s311003";
  static final int CLASSES = 50;
  static final int CLASS_SIZE = 40;
  static final int VERIFIED = 200;
  static final Duration SIGNING_GOAL = Duration.ofSeconds(4);
  static final Duration VERIFICATION_GOAL = Duration.ofMillis(10);

  private final LocalRecordsApi api;
  private final JsonNode curriculum;

  private BulkSigningBenchmark(LocalRecordsApi api) {
    this.api = api;
    this.curriculum = api.get(ADMIN, "/subject-catalogue/grades/9");
  }

  public static void main(String[] args) throws Exception {
    int warmup = Integer.parseInt(LocalRecordsApi.env("WARMUP", "1"));
    int rounds = Integer.parseInt(LocalRecordsApi.env("ROUNDS", "3"));
    Path results = Path.of(args.length > 0 ? args[0] : "bench/results/bulk-signing.md");
    BulkSigningBenchmark bench = new BulkSigningBenchmark(LocalRecordsApi.fromEnvironment());

    int first = bench.nextCohort();
    if (first + warmup + rounds > 50) {
      throw new IllegalStateException(
          "the local platform holds "
              + first
              + " cohorts of this benchmark already: start it with --reset");
    }
    List<Round> measured = new ArrayList<>();
    List<String> firstCohort = null;
    List<String> lastCohort = List.of();
    for (int r = 0; r < warmup + rounds; r++) {
      int cohort = first + r;
      Round round = bench.round(cohort);
      System.out.printf(
          Locale.ROOT,
          "cohort %d%s: principal %d records, code to completed %.2f s, request to code %.2f s;"
              + " teacher jobs of %d median %.2f s%n",
          cohort,
          r < warmup ? " (warm-up)" : "",
          round.principalSigned(),
          round.principalSigning() / 1e9,
          round.principalStart() / 1e9,
          CLASS_SIZE,
          Figures.median(round.teacherSignings()) / 1e9);
      if (r >= warmup) {
        measured.add(round);
      }
      lastCohort = round.recordIds();
      firstCohort = firstCohort == null ? lastCohort : firstCohort;
    }
    Verification verification = bench.verification(firstCohort, lastCohort);
    String report = report(warmup, measured, verification);
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, report, StandardCharsets.UTF_8);
    System.out.println(report);
    if (!met(measured, verification)) {
      System.exit(1);
    }
  }

  record Round(
      int cohort,
      int principalSigned,
      long principalStart,
      long principalSigning,
      List<Long> teacherSignings,
      List<String> recordIds) {}

  /**
   * The verifications' times: through the gateway and direct, each also split by whether DSS
   * validated the record's groups in that call ({@code firstOfGroups}) or had before.
   */
  record Verification(
      List<Long> gateway,
      List<Long> direct,
      List<Long> plainGateway,
      List<Long> plainDirect,
      List<Long> firstOfGroups,
      List<Long> groupsValidatedBefore) {}

  /** The first cohort number no earlier run used: one per 50 classes {@code 9S<k>-nn}. */
  private int nextCohort() {
    int used = 0;
    for (JsonNode c : api.get(ADMIN, "/classes?schoolCode=" + SCHOOL + "&schoolYear=" + YEAR)) {
      String name = c.path("name").asString();
      if (name.startsWith("9S") && name.contains("-")) {
        used = Math.max(used, 1 + Integer.parseInt(name.substring(2, name.indexOf('-'))));
      }
    }
    return used;
  }

  private Round round(int cohort) {
    List<String> codes = enrol(cohort);
    Map<String, String> classes = classesOf(cohort);
    for (String classId : classes.values()) {
      JsonNode current = api.get(ADMIN, "/classes/" + classId);
      api.call(
          ADMIN,
          "PUT",
          api.root(true) + "/classes/" + classId + "/homeroom-teacher",
          Map.of("login", TEACHER),
          "\"" + current.path("revision").asLong() + "\"",
          200);
    }
    byte[] bulk = YearEndSubmissionBenchmark.bulk(codes, curriculum, cohort).json();
    api.call(
        ADMIN,
        "POST",
        api.root(true) + "/records/bulk",
        LocalRecordsApi.JSON.readTree(bulk),
        null,
        -1);
    for (String step : List.of("VERIFY", "CONFIRM")) {
      for (String classId : classes.values()) {
        api.post(ADMIN, "/record-steps", step(step, classId));
      }
    }
    List<Long> teacher = new ArrayList<>();
    for (String classId : classes.values()) {
      Map<String, Object> request = job("HOMEROOM_TEACHER");
      request.put("classId", classId);
      Signed signed = sign(TEACHER, request);
      if (signed.count() != CLASS_SIZE) {
        throw new IllegalStateException("the teacher signed " + signed.count() + " of a class");
      }
      teacher.add(signed.signing());
    }
    Signed principal = sign(PRINCIPAL, job("PRINCIPAL"));
    if (principal.count() != CLASSES * CLASS_SIZE) {
      throw new IllegalStateException("the principal signed " + principal.count() + " records");
    }
    List<String> ids = new ArrayList<>();
    for (String classId : classes.values()) {
      for (JsonNode r : records(classId).path("items")) {
        if (!r.path("status").asString().equals("SIGNED_BY_PRINCIPAL")) {
          throw new IllegalStateException("record " + r.path("id") + " is " + r.path("status"));
        }
        ids.add(r.path("id").asString());
      }
    }
    return new Round(
        cohort, principal.count(), principal.start(), principal.signing(), teacher, ids);
  }

  /** The cohort's 2,000 students, enrolled through the students import. */
  private List<String> enrol(int cohort) {
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFMã định danh học sinh;Họ và tên;Ngày sinh;Giới tính;Nơi sinh;Năm học;Khối;Lớp\n");
    String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    String[] given = {"An", "Bình", "Châu", "Dũng", "Hà", "Khánh", "Linh", "Nam", "Phúc", "Thảo"};
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < CLASSES * CLASS_SIZE; i++) {
      String code = String.format(Locale.ROOT, "3103%02d%04d", 50 + cohort, i);
      codes.add(code);
      csv.append(code)
          .append(';')
          .append(family[i % family.length])
          .append(" Thị ")
          .append(given[(i / family.length) % given.length])
          .append(';')
          .append(LocalDate.of(2010, 1, 1).plusDays(i % 360))
          .append(';')
          .append(i % 2 == 0 ? "Nữ" : "Nam")
          .append(";Hải Phòng;")
          .append(YEAR)
          .append(";9;")
          .append(className(cohort, i / CLASS_SIZE))
          .append('\n');
    }
    api.importCsv(ADMIN, "students", "hoc-sinh-9s" + cohort + ".csv", csv.toString());
    return codes;
  }

  private static String className(int cohort, int index) {
    return String.format(Locale.ROOT, "9S%d-%02d", cohort, index + 1);
  }

  private Map<String, String> classesOf(int cohort) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode c : api.get(ADMIN, "/classes?schoolCode=" + SCHOOL + "&schoolYear=" + YEAR)) {
      String name = c.path("name").asString();
      if (name.startsWith("9S" + cohort + "-")) {
        ids.put(name, c.path("id").asString());
      }
    }
    if (ids.size() != CLASSES) {
      throw new IllegalStateException("cohort " + cohort + " has " + ids.size() + " classes");
    }
    return ids;
  }

  private JsonNode records(String classId) {
    return api.get(
        ADMIN,
        "/records?schoolCode="
            + SCHOOL
            + "&schoolYear="
            + YEAR
            + "&classId="
            + classId
            + "&size="
            + CLASS_SIZE);
  }

  private static Map<String, Object> step(String step, String classId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("step", step);
    body.put("schoolCode", SCHOOL);
    body.put("schoolYear", YEAR);
    body.put("classId", classId);
    return body;
  }

  private static Map<String, Object> job(String role) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("role", role);
    body.put("schoolCode", SCHOOL);
    body.put("schoolYear", YEAR);
    return body;
  }

  /** One job's figures: records signed, request to waiting for the code, code to completed. */
  record Signed(int count, long start, long signing) {}

  private Signed sign(String login, Map<String, Object> request) {
    long started = System.nanoTime();
    String id = api.post(login, "/signing-jobs", request).path("id").asString();
    await(login, id, "AWAITING_CODE");
    long waiting = System.nanoTime();
    String code = api.oneTimeCode(login);
    long handed = System.nanoTime();
    api.post(login, "/signing-jobs/" + id + "/one-time-code", Map.of("code", code));
    JsonNode done = await(login, id, "COMPLETED");
    long completed = System.nanoTime();
    if (!done.path("status").asString().equals("COMPLETED")) {
      throw new IllegalStateException("signing job " + id + " of " + login + " ended " + done);
    }
    return new Signed(done.path("signed").asInt(), waiting - started, completed - handed);
  }

  private JsonNode await(String login, String jobId, String status) {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (true) {
      JsonNode job = api.get(login, "/signing-jobs/" + jobId);
      String now = job.path("status").asString();
      if (now.equals(status) || now.equals("COMPLETED") || now.equals("FAILED")) {
        return job;
      }
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("signing job " + jobId + " stayed " + now);
      }
      LocalRecordsApi.pause(Duration.ofMillis(10));
    }
  }

  private Verification verification(List<String> warmIds, List<String> ids) {
    List<Long> gateway = new ArrayList<>();
    List<Long> direct = new ArrayList<>();
    List<Long> plainGateway = new ArrayList<>();
    List<Long> plainDirect = new ArrayList<>();
    List<Long> firstOfGroups = new ArrayList<>();
    List<Long> validatedBefore = new ArrayList<>();
    // the first cohort's records warm the path (JIT, connections, the certificates' caches)
    // without validating any group of the measured ones
    for (String id : warmIds.subList(0, Math.min(20, warmIds.size()))) {
      for (boolean viaGateway : new boolean[] {true, false}) {
        String base = api.root(viaGateway) + "/records/" + id;
        verify(base + "/signature-verification");
        read(base);
      }
    }
    Random random = new Random(20261208L);
    List<String> sample = new ArrayList<>(ids);
    Collections.shuffle(sample, random);
    for (String id : sample.subList(0, Math.min(VERIFIED, sample.size()))) {
      boolean gatewayFirst = random.nextBoolean();
      for (boolean viaGateway : new boolean[] {gatewayFirst, !gatewayFirst}) {
        String base = api.root(viaGateway) + "/records/" + id;
        double before = dssValidations();
        long verify = timed(() -> verify(base + "/signature-verification"));
        double validated = dssValidations() - before;
        (validated > 0 ? firstOfGroups : validatedBefore).add(verify);
        (viaGateway ? gateway : direct).add(verify);
        (viaGateway ? plainGateway : plainDirect).add(timed(() -> read(base)));
      }
    }
    return new Verification(
        gateway, direct, plainGateway, plainDirect, firstOfGroups, validatedBefore);
  }

  private double dssValidations() {
    return api.serviceCounter("records_signature_verifications_total", "validation", "dss");
  }

  private void verify(String url) {
    JsonNode report = api.call(PRINCIPAL, "GET", url, null, null, 200);
    if (!report.path("authentic").asBoolean() || report.path("signatures").size() != 2) {
      throw new IllegalStateException("not authentic: " + report);
    }
  }

  private void read(String url) {
    api.call(PRINCIPAL, "GET", url, null, null, 200);
  }

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static boolean met(List<Round> rounds, Verification v) {
    return Figures.median(rounds.stream().map(Round::principalSigning).toList())
            <= SIGNING_GOAL.toNanos()
        && Figures.median(v.gateway()) <= VERIFICATION_GOAL.toNanos();
  }

  private static String report(int warmup, List<Round> rounds, Verification v) {
    List<Long> principal = rounds.stream().map(Round::principalSigning).toList();
    List<Long> start = rounds.stream().map(Round::principalStart).toList();
    List<Long> teacher = rounds.stream().flatMap(r -> r.teacherSignings().stream()).toList();
    double perRecordPrincipal = Figures.median(principal) / (double) (CLASSES * CLASS_SIZE);
    double perRecordTeacher = Figures.median(teacher) / (double) CLASS_SIZE;
    StringBuilder out = new StringBuilder();
    out.append("# Bulk signing and verification through the API (issue 9)\n\n");
    out.append(Figures.runLine("bench/run-bulk-signing-bench.sh", ", against the local platform."));
    out.append(
        String.format(
            Locale.ROOT,
            "Each round: %d grade-9 records of S311003 (%s, %d classes of %d, 12 subjects) entered,"
                + " verified and confirmed through the API, signed by the homeroom teacher class by"
                + " class, then by the principal in one job (`POST /signing-jobs`, one-time code"
                + " from the simulated CA's inbox); baseline-LT, the CA's remote signing, time-stamps"
                + " and CRLs of the development PKI over HTTP on loopback. %d warm-up round(s), %d"
                + " measured (cohorts %s).%n%n",
            CLASSES * CLASS_SIZE,
            YEAR,
            CLASSES,
            CLASS_SIZE,
            warmup,
            rounds.size(),
            rounds.stream().map(r -> String.valueOf(r.cohort())).toList()));
    out.append("| figure | median | min | max | goal | met |\n|---|---|---|---|---|---|\n");
    out.append(
        row(
            "principal signs 2,000 records, one job: code handed → job completed",
            principal,
            1e9,
            "s",
            "≤ 4 s",
            Figures.median(principal) <= SIGNING_GOAL.toNanos()));
    out.append(row("the same job: request → waiting for the code", start, 1e9, "s", "", null));
    out.append(
        row(
            "baseline: teacher signs a class of 40, code handed → completed",
            teacher,
            1e9,
            "s",
            "",
            null));
    out.append(
        row(
            "verify one record (2 signatures, full report), through the gateway",
            v.gateway(),
            1e6,
            "ms",
            "≤ 10 ms",
            Figures.median(v.gateway()) <= VERIFICATION_GOAL.toNanos()));
    out.append(row("the same, direct to the service", v.direct(), 1e6, "ms", "", null));
    out.append(
        row(
            "of these (both ways): the first record of its groups, DSS validates both signatures"
                + " ("
                + v.firstOfGroups().size()
                + " verifications)",
            v.firstOfGroups(),
            1e6,
            "ms",
            "",
            null));
    out.append(
        row(
            "of these: a record whose groups DSS validated before, digests checked against them"
                + " ("
                + v.groupsValidatedBefore().size()
                + ")",
            v.groupsValidatedBefore(),
            1e6,
            "ms",
            "",
            null));
    out.append(
        row(
            "baseline: read the record, through the gateway",
            v.plainGateway(),
            1e6,
            "ms",
            "",
            null));
    out.append(row("baseline: read the record, direct", v.plainDirect(), 1e6, "ms", "", null));
    out.append(
        String.format(
            Locale.ROOT,
            "%nRatios in this run: per record, the principal's job of 2,000 took %.2f ms and a"
                + " teacher's job of 40 %.2f ms (%.2f×); verification took %.2f× a plain read"
                + " through the gateway and %.2f× direct; verification p95 through the gateway"
                + " %.2f ms.%n",
            perRecordPrincipal / 1e6,
            perRecordTeacher / 1e6,
            perRecordPrincipal / perRecordTeacher,
            (double) Figures.median(v.gateway()) / Figures.median(v.plainGateway()),
            (double) Figures.median(v.direct()) / Figures.median(v.plainDirect()),
            Figures.percentile(v.gateway(), 0.95) / 1e6));
    out.append(String.format(Locale.ROOT, "%nAll goals met: %s.%n", met(rounds, v) ? "yes" : "NO"));
    return out.toString();
  }

  private static String row(
      String name, List<Long> nanos, double unit, String suffix, String goal, Boolean met) {
    if (nanos.isEmpty()) {
      return String.format(Locale.ROOT, "| %s | — | — | — | %s | |%n", name, goal);
    }
    List<Long> sorted = nanos.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "| %s | %.2f %s | %.2f %s | %.2f %s | %s | %s |%n",
        name,
        Figures.median(nanos) / unit,
        suffix,
        sorted.getFirst() / unit,
        suffix,
        sorted.getLast() / unit,
        suffix,
        goal,
        met == null ? "" : met ? "yes" : "NO");
  }
}
