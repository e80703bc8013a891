package vn.edu.platform.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4's benchmark: the "tree as of date" and "my tasks" queries of plan-service, through the
 * gateway, on the full demo province, at a constant 200 requests per second.
 *
 * <p>Runs against the local platform started with {@code ./platform-local --size full}: tokens from
 * its Keycloak (demo users, LOCAL ONLY passwords), requests to its gateway. Before measuring it
 * tops the plans up to {@code PLANS} (default 50) with synthetic issued plans whose tasks are
 * assigned to schools and communes, so that "my tasks" runs over thousands of assignments. Writes
 * {@code bench/results/plan-queries.md}.
 *
 * <p>With {@code COMMUNE_SCHOOLS=60} (issue 7) it first grows commune X11311 by that many schools,
 * through the directory's API, and gives them {@code COMMUNE_TASKS} (default 20) tasks of one
 * issued plan each (60 × 20 = 1,200 open assignments, as in the measurement that found "my tasks"
 * of a commune slowing with its size); then it also measures "my tasks" of the grown commune with
 * its schools. Schools and plan have fixed codes, so a second run adds nothing.
 */
public final class PlanQueriesBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PlanQueriesBenchmark() {}

  public static void main(String[] args) throws Exception {
    String gateway = env("GATEWAY", "http://localhost:8080");
    String keycloak = env("KEYCLOAK", "http://localhost:8180");
    int rate = Integer.parseInt(env("RATE", "200"));
    Duration duration = Duration.ofSeconds(Long.parseLong(env("SECONDS", "60")));
    Duration warmup = Duration.ofSeconds(Long.parseLong(env("WARMUP_SECONDS", "15")));
    int plans = Integer.parseInt(env("PLANS", "50"));
    int communeSchools = Integer.parseInt(env("COMMUNE_SCHOOLS", "0"));
    int communeTasks = Integer.parseInt(env("COMMUNE_TASKS", "20"));
    String orgUnits = gateway + "/api/v1/org-units";

    String admin = token(keycloak, "sgd.admin");
    String school = token(keycloak, "qt.s311002");
    String commune = token(keycloak, "ubnd.x11311");
    int created = topUpPlans(gateway, orgUnits, admin, plans);
    int grown = growCommune(gateway, orgUnits, admin, communeSchools, communeTasks);
    long planCount = get(gateway + "/api/v1/plans?size=1", admin).get("totalItems").asLong();
    long schoolTasks =
        get(gateway + "/api/v1/plans/my-tasks?size=1", school).get("totalItems").asLong();
    long communeOpen =
        get(gateway + "/api/v1/plans/my-tasks?includeSubunits=true&size=1", commune)
            .get("totalItems")
            .asLong();
    JsonNode tree = get(orgUnits + "/tree", admin);
    int units = tree.get("unitCount").asInt();
    long communeSchoolCount =
        tree.findValues("code").stream()
            .map(JsonNode::asString)
            .filter(code -> code.startsWith(GROWN_PREFIX))
            .count();

    List<URI> treeUrls = new ArrayList<>();
    for (String day :
        List.of("2024-11-10", "2025-07-01", "2025-12-31", LocalDate.now().toString())) {
      treeUrls.add(URI.create(orgUnits + "/tree?asOf=" + day));
    }
    List<ConstantRateLoad.Result> results = new ArrayList<>();
    results.add(
        ConstantRateLoad.run(
            "tree as of date (4 days, whole province)", treeUrls, admin, rate, warmup, duration));
    results.add(
        ConstantRateLoad.run(
            "my tasks (school S311002)",
            List.of(URI.create(gateway + "/api/v1/plans/my-tasks?size=50")),
            school,
            rate,
            warmup,
            duration));
    results.add(
        ConstantRateLoad.run(
            communeSchools > 0
                ? "my tasks (commune X11311 grown by "
                    + communeSchools
                    + " schools, with its schools)"
                : "my tasks (commune X11311 with its schools)",
            List.of(URI.create(gateway + "/api/v1/plans/my-tasks?includeSubunits=true&size=50")),
            commune,
            rate,
            warmup,
            duration));

    StringBuilder report = new StringBuilder();
    report
        .append("# plan-service queries through the gateway\n\n")
        .append("Measured ")
        .append(ZonedDateTime.now())
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, JDK ")
        .append(System.getProperty("java.version"))
        .append(
            ", the local platform (`./platform-local --size full`: every process on this machine).\n\n")
        .append("Data: ")
        .append(units)
        .append(" units in today's tree, ")
        .append(planCount)
        .append(" plans (")
        .append(created)
        .append(" synthetic ones added by this run), ")
        .append(schoolTasks)
        .append(" open assignments for S311002, ")
        .append(communeOpen)
        .append(" for X11311 with its schools")
        .append(
            communeSchools > 0
                ? " (grown by "
                    + communeSchoolCount
                    + " benchmark schools, "
                    + grown
                    + " added by this run, "
                    + communeTasks
                    + " tasks each; goal: p99 ≤ 20 ms)"
                : "")
        .append(".\n\n")
        .append("Open-model load (constant rate, latency from the scheduled send time), ")
        .append(warmup.toSeconds())
        .append(" s warm-up discarded. Command: `bench/run-plan-queries-bench.sh`.\n\n")
        .append(
            "| query | rate/s | duration | sent | 200 OK | failed | p50 ms | p90 ms | p99 ms | max ms |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (ConstantRateLoad.Result result : results) {
      report.append(result.markdownRow()).append('\n');
    }
    System.out.println(report);
    Path out = Path.of("bench/results/plan-queries.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
  }

  /** Codes of the schools the commune option adds, e.g. {@code S311B01}. */
  private static final String GROWN_PREFIX = "S311B";

  /**
   * Adds {@code schools} schools under X11311 (those that exist already are kept) and one issued
   * plan whose {@code tasks} tasks are each assigned to all of them.
   *
   * @return the number of schools this run added
   */
  private static int growCommune(
      String gateway, String orgUnits, String admin, int schools, int tasks) throws Exception {
    if (schools <= 0) {
      return 0;
    }
    int added = 0;
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= schools; i++) {
      String code = GROWN_PREFIX + String.format(Locale.ROOT, "%02d", i);
      codes.add(code);
      var school =
          java.util.Map.of(
              "code",
              code,
              "name",
              "Trường Tiểu học Thử Tải " + i,
              "kind",
              "SCHOOL",
              "schoolLevel",
              "PRIMARY",
              "ownership",
              "PUBLIC",
              "parentCode",
              "X11311",
              "validFrom",
              "2025-09-01");
      HttpResponse<String> response = post(orgUnits, admin, JSON.writeValueAsString(school));
      if (response.statusCode() == 201) {
        added++;
      } else if (response.statusCode() != 409) {
        throw new IllegalStateException(
            "creating school " + code + ": " + response.statusCode() + " " + response.body());
      }
    }
    String number = "60/KH-SGDĐT-BENCH-X11311";
    List<Object> planTasks = new ArrayList<>();
    for (int t = 1; t <= tasks; t++) {
      planTasks.add(
          java.util.Map.of(
              "number",
              String.valueOf(t),
              "content",
              "Nhiệm vụ thử tải của xã X11311 số " + t,
              "leadUnitCode",
              "SGD31",
              "deadline",
              java.util.Map.of(
                  "kind", "DATE", "date", LocalDate.now().plusMonths(1).plusDays(t).toString()),
              "assignedUnitCodes",
              codes));
    }
    var plan =
        java.util.Map.of(
            "number",
            number,
            "issuedOn",
            LocalDate.now().minusDays(1).toString(),
            "issuingUnitCode",
            "SGD31",
            "title",
            "Kế hoạch thử tải của xã X11311",
            "status",
            "ISSUED",
            "tasks",
            planTasks);
    HttpResponse<String> response =
        post(gateway + "/api/v1/plans", admin, JSON.writeValueAsString(plan));
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException(
          "creating " + number + ": " + response.statusCode() + " " + response.body());
    }
    return added;
  }

  /** Adds synthetic issued plans until there are {@code wanted}; returns how many it added. */
  private static int topUpPlans(String gateway, String orgUnits, String admin, int wanted)
      throws Exception {
    long existing = get(gateway + "/api/v1/plans?size=1", admin).get("totalItems").asLong();
    List<String> schools = new ArrayList<>();
    List<String> communes = new ArrayList<>();
    for (JsonNode unit : get(orgUnits + "?kind=SCHOOL&size=200", admin).get("items")) {
      schools.add(unit.get("code").asString());
    }
    for (int page = 1; schools.size() < 2000; page++) {
      JsonNode items = get(orgUnits + "?kind=SCHOOL&size=200&page=" + page, admin).get("items");
      if (items.isEmpty()) {
        break;
      }
      items.forEach(unit -> schools.add(unit.get("code").asString()));
    }
    for (JsonNode unit : get(orgUnits + "?kind=COMMUNE&size=200", admin).get("items")) {
      communes.add(unit.get("code").asString());
    }
    Random random = new Random(20261128);
    int created = 0;
    for (long n = existing; n < wanted; n++) {
      String number = (1000 + n) + "/KH-SGDĐT-BENCH";
      List<Object> tasks = new ArrayList<>();
      for (int t = 1; t <= 10; t++) {
        List<String> units = new ArrayList<>(List.of("S311002", "X11311"));
        while (units.size() < 10) {
          List<String> pool = random.nextInt(4) == 0 ? communes : schools;
          String code = pool.get(random.nextInt(pool.size()));
          if (!units.contains(code)) {
            units.add(code);
          }
        }
        tasks.add(
            java.util.Map.of(
                "number",
                String.valueOf(t),
                "content",
                "Nhiệm vụ thử tải số " + t + " của kế hoạch " + number,
                "leadUnitCode",
                "SGD31",
                "deadline",
                java.util.Map.of(
                    "kind",
                    "MONTH",
                    "month",
                    "2026-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))),
                "assignedUnitCodes",
                units));
      }
      var plan =
          java.util.Map.of(
              "number",
              number,
              "issuedOn",
              "2026-01-15",
              "issuingUnitCode",
              "SGD31",
              "title",
              "Kế hoạch thử tải số " + n,
              "status",
              "ISSUED",
              "tasks",
              tasks);
      HttpResponse<String> response =
          post(gateway + "/api/v1/plans", admin, JSON.writeValueAsString(plan));
      if (response.statusCode() == 201) {
        created++;
      } else if (response.statusCode() != 409) {
        throw new IllegalStateException(
            "creating " + number + ": " + response.statusCode() + " " + response.body());
      }
    }
    return created;
  }

  private static String token(String keycloak, String user)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=edu-local-cli&client_secret=local-only-edu-local-cli-secret"
            + "&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode("HaiPhong@2026", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/edu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
    }
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  private static JsonNode get(String url, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + url + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> post(String url, String token, String json)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
