package vn.edu.platform.test.securitykit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks each operation's valid request in the ways attackers and buggy clients do, with jqwik's
 * generators drawing the values from a fixed seed (a failure replays exactly):
 *
 * <ul>
 *   <li>body: wrong types, missing required and extra fields, huge strings (≥ 100,000 chars) and
 *       arrays, unicode edge cases, injection strings, malformed JSON, wrong media types;
 *   <li>query and path parameters: wrong types, out-of-range numbers, huge values, injection and
 *       traversal strings, encoded NUL and bidi overrides;
 *   <li>a refused caller with an invalid body (authorization comes before validation), and a header
 *       beyond the server's limit.
 * </ul>
 *
 * <p>Every answer must be a status the operation documents or a generic refusal, never 5xx, and
 * carry a problem body valid against the document's Problem schema; after every batch of answers
 * that were all refusals, the service's table digest must be unchanged.
 */
public final class ApiFuzzer {

  /**
   * Statuses any operation may answer to a bad request even if it does not document them: 431 is
   * the HTTP layer refusing oversized headers before any operation is chosen, as 413 is for bodies.
   */
  public static final Set<Integer> GENERIC =
      Set.of(400, 401, 403, 404, 405, 406, 413, 415, 422, 429, 431);

  /** Categories whose requests must be refused (4xx) whatever the operation documents. */
  static final Set<String> MUST_REFUSE =
      Set.of(
          "wrong-type",
          "missing-required",
          "huge-string",
          "huge-array",
          "control-character",
          "lone-surrogate",
          "malformed-json",
          "wrong-media-type",
          "invalid-parameter",
          "control-parameter",
          "invalid-path",
          "denied-invalid-body",
          "huge-header");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int HUGE = 100_001;

  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1' --",
          "1; DROP TABLE plan; --",
          "\"}, {\"$where\": \"1==1\"}",
          "{\"__proto__\": {\"admin\": true}}",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "${jndi:ldap://127.0.0.1/a}",
          "<script>alert(1)</script>",
          "%27%20OR%201=1");
  private static final List<String> CONTROL =
      List.of("a\u0000b", "\u202Eevil", "x\u0007y", "\u0000", "ab\u001Bc", "\u2066x\u2069");
  private static final List<String> BENIGN_UNICODE =
      List.of("e\u0301\u0301\u0301\u0301", "👩‍👩‍👧‍👦🇻🇳", "Ｔｒường", "\uFEFFBOM", "ﷺ", "Ắ̉");

  private final ApiDocument document;
  private final SecurityMatrix matrix;
  private final SecurityFixture fixture;
  private final KitHttp http;
  private final Requests requests;
  private final ProblemBodies problems;
  private final TableDigest digest;

  public ApiFuzzer(
      ApiDocument document,
      SecurityMatrix matrix,
      SecurityFixture fixture,
      KitHttp http,
      TableDigest digest) {
    this.document = document;
    this.matrix = matrix;
    this.fixture = fixture;
    this.http = http;
    this.requests = new Requests(document, fixture);
    this.problems = new ProblemBodies(document);
    this.digest = digest;
  }

  /** One broken request and the category it tests. */
  record Case(String category, KitHttp.Request request) {}

  /**
   * Fuzzes every operation that has a body or parameters with at least {@code perOperation}
   * requests, as the most privileged caller its rule allows (so requests reach validation).
   */
  public SecurityReport run(long seed, int perOperation) {
    // generators outside a jqwik property need a session of their own
    JqwikSession.start();
    try {
      return fuzz(seed, perOperation);
    } finally {
      JqwikSession.finish();
    }
  }

  private SecurityReport fuzz(long seed, int perOperation) {
    matrix.verifyCovers(document);
    SecurityReport report =
        new SecurityReport("Fuzzer", Set.of("status", "problem-body", "state"), matrix.knownGaps());
    Random random = new Random(seed);
    for (ApiOperation operation : document.operations()) {
      if (operation.parameters().isEmpty() && operation.bodyMediaType() == null) {
        continue;
      }
      SecurityMatrix.Rule rule = matrix.ruleOf(operation.id());
      Persona caller = strongest(rule);
      if (caller == null) {
        continue;
      }
      long started = System.nanoTime();
      OwnedObjects objects = fixture.objectsOwnedBy(AuthorizationMatrix.UNIT_A, operation);
      report.fixtureTook(operation.id(), System.nanoTime() - started);
      Requests.Parts valid = requests.valid(operation, objects);
      Map<String, List<Case>> batches = new LinkedHashMap<>();
      for (Case fuzz : cases(operation, valid, rule, caller, random, perOperation)) {
        batches.computeIfAbsent(fuzz.category(), c -> new ArrayList<>()).add(fuzz);
      }
      for (List<Case> batch : batches.values()) {
        runBatch(operation, batch, report);
      }
    }
    return report;
  }

  private void runBatch(ApiOperation operation, List<Case> batch, SecurityReport report) {
    Map<String, String> before = digest.take();
    boolean allRefused = true;
    for (Case fuzz : batch) {
      long sent = System.nanoTime();
      KitHttp.Response response = http.send(fuzz.request());
      report.answerTook(operation.id(), System.nanoTime() - sent);
      report.sent(fuzz.category());
      int status = response.status();
      allRefused &= status >= 400;
      check(operation, fuzz, response, report);
    }
    report.digest(allRefused);
    if (allRefused) {
      List<String> changed = TableDigest.changed(before, digest.take());
      if (!changed.isEmpty()) {
        Case first = batch.getFirst();
        report.record(
            new Finding(
                "state",
                first.category(),
                operation.id(),
                0,
                first.request().describe(),
                "a batch of refused requests changed tables " + changed));
      }
    }
  }

  private void check(
      ApiOperation operation, Case fuzz, KitHttp.Response response, SecurityReport report) {
    int status = response.status();
    String request = fuzz.request().describe();
    boolean documented =
        operation.statuses().contains(status)
            || GENERIC.contains(status)
            // an earlier accepted request moved the revision on: the precondition answers first
            || (status == 412 && fuzz.request().headers().containsKey("If-Match"));
    boolean refusedAsRequired = !MUST_REFUSE.contains(fuzz.category()) || status >= 400;
    boolean authorizedFirst =
        !fuzz.category().equals("denied-invalid-body") || status == 401 || status == 403;
    if (status >= 500 || !documented || !refusedAsRequired || !authorizedFirst) {
      report.record(
          new Finding(
              "status",
              fuzz.category(),
              operation.id(),
              status,
              request,
              (status >= 500
                      ? "server error"
                      : !documented
                          ? "status not documented for the operation " + operation.statuses()
                          : !refusedAsRequired
                              ? "accepted a request that must be refused"
                              : "a caller the rule refuses must get 401/403 whatever its body")
                  + "; body "
                  + AuthorizationMatrix.abbreviate(response.body())));
      return;
    }
    if (status >= 400) {
      String why = problems.whyInvalid(operation, response);
      if (why != null) {
        report.record(
            new Finding("problem-body", fuzz.category(), operation.id(), status, request, why));
      }
    }
  }

  private static @Nullable Persona strongest(SecurityMatrix.Rule rule) {
    for (Persona persona :
        List.of(
            Persona.DEPARTMENT_ADMIN,
            Persona.DEPARTMENT_OFFICER,
            Persona.COMMUNE_OFFICER_A,
            Persona.SCHOOL_ADMIN_A,
            Persona.PRINCIPAL_A,
            Persona.TEACHER_A,
            Persona.GOV_CLIENT_WITH_ROLE,
            Persona.CITIZEN)) {
      if (rule.allows(persona)) {
        return persona;
      }
    }
    return null;
  }

  private static @Nullable Persona refused(SecurityMatrix.Rule rule) {
    for (Persona persona :
        List.of(Persona.TEACHER_A, Persona.GOV_CLIENT_WITHOUT_ROLE, Persona.CITIZEN)) {
      if (!rule.allows(persona)) {
        return persona;
      }
    }
    return null;
  }

  // --- generation -----------------------------------------------------------------------------

  private List<Case> cases(
      ApiOperation operation,
      Requests.Parts valid,
      SecurityMatrix.Rule rule,
      Persona caller,
      Random random,
      int perOperation) {
    String token = matrix.token(caller);
    List<Supplier<@Nullable Case>> generators = new ArrayList<>();
    JsonNode body = valid.json();
    if (body instanceof ObjectNode object) {
      JsonNode schema =
          operation.bodySchema() == null ? NODES.objectNode() : operation.bodySchema();
      List<String> fields = fieldsOf(object, schema);
      if (!fields.isEmpty()) {
        generators.add(() -> bodyCase("wrong-type", valid, token, random, fields, this::wrongType));
        generators.add(
            () -> bodyCase("huge-string", valid, token, random, fields, (f, s) -> hugeString()));
        generators.add(
            () -> bodyCase("huge-array", valid, token, random, fields, (f, s) -> hugeArray(s)));
        generators.add(
            () ->
                bodyCase(
                    "control-character",
                    valid,
                    token,
                    random,
                    textFields(object, schema),
                    (f, s) -> NODES.stringNode(pick(random, CONTROL))));
        generators.add(
            () ->
                bodyCase(
                    "unicode",
                    valid,
                    token,
                    random,
                    textFields(object, schema),
                    (f, s) -> NODES.stringNode(unicode(random))));
        generators.add(
            () ->
                bodyCase(
                    "injection",
                    valid,
                    token,
                    random,
                    textFields(object, schema),
                    (f, s) -> NODES.stringNode(injection(random))));
      }
      List<String> required = requiredOf(schema);
      if (!required.isEmpty()) {
        generators.add(() -> missingRequired(valid, token, random, required));
        Persona refused = refused(rule);
        if (refused != null) {
          String refusedToken = matrix.token(refused);
          Supplier<@Nullable Case> denied =
              () -> {
                Case missing = missingRequired(valid, refusedToken, random, required);
                return missing == null ? null : new Case("denied-invalid-body", missing.request());
              };
          generators.add(denied);
        }
      }
      generators.add(() -> extraField(valid, token, random));
      generators.add(() -> loneSurrogate(valid, token, random, textFields(object, schema)));
    }
    if (operation.bodyMediaType() != null) {
      generators.add(() -> malformedJson(valid, token, random));
      generators.add(() -> wrongMediaType(valid, token, random));
    }
    for (ApiParameter parameter : operation.parameters("query")) {
      generators.add(() -> invalidQuery(valid, token, random, parameter));
    }
    for (ApiParameter parameter : operation.parameters("path")) {
      generators.add(() -> invalidPath(valid, token, random, parameter));
    }
    List<Case> cases = new ArrayList<>();
    // once per operation: the HTTP layer answers it, the same way for every operation
    cases.add(
        new Case(
            "huge-header",
            valid
                .toRequest(token)
                .withHeader("X-Padding", "a".repeat(10_000 + random.nextInt(5000)))));
    // every generator at least once, then round-robin with jqwik-drawn choices up to the budget
    for (Supplier<@Nullable Case> generator : generators) {
      add(cases, generator.get());
    }
    cases.addAll(querySweep(valid, token, random));
    Arbitrary<Integer> which = Arbitraries.integers().between(0, generators.size() - 1);
    int guard = 0;
    while (cases.size() < perOperation && guard++ < perOperation * 4) {
      add(cases, generators.get(which.generator(100, true).next(random).value()).get());
    }
    return cases;
  }

  private static void add(List<Case> cases, @Nullable Case fuzz) {
    if (fuzz != null) {
      cases.add(fuzz);
    }
  }

  private interface Mutation {
    JsonNode replace(String field, JsonNode fieldSchema);
  }

  private @Nullable Case bodyCase(
      String category,
      Requests.Parts valid,
      @Nullable String token,
      Random random,
      List<String> fields,
      Mutation mutation) {
    if (fields.isEmpty() || !(valid.json() instanceof ObjectNode original)) {
      return null;
    }
    ObjectNode body = original.deepCopy();
    String field = pick(random, fields);
    JsonNode schema = propertySchema(valid.operation(), field);
    body.set(field, mutation.replace(field, schema));
    return jsonCase(category, valid, token, body);
  }

  private Case jsonCase(
      String category, Requests.Parts valid, @Nullable String token, JsonNode body) {
    return new Case(
        category,
        valid.request(
            token,
            valid.path(),
            valid.query(),
            Requests.JSON.writeValueAsBytes(body),
            "application/json"));
  }

  private @Nullable Case missingRequired(
      Requests.Parts valid, @Nullable String token, Random random, List<String> required) {
    if (!(valid.json() instanceof ObjectNode original)) {
      return null;
    }
    ObjectNode body = original.deepCopy();
    body.remove(pick(random, required));
    return jsonCase("missing-required", valid, token, body);
  }

  private @Nullable Case extraField(Requests.Parts valid, @Nullable String token, Random random) {
    if (!(valid.json() instanceof ObjectNode original)) {
      return null;
    }
    ObjectNode body = original.deepCopy();
    body.put("unexpected" + random.nextInt(1000), injection(random));
    return jsonCase("extra-field", valid, token, body);
  }

  private @Nullable Case loneSurrogate(
      Requests.Parts valid, @Nullable String token, Random random, List<String> fields) {
    if (fields.isEmpty() || !(valid.json() instanceof ObjectNode original)) {
      return null;
    }
    ObjectNode body = original.deepCopy();
    String field = pick(random, fields);
    body.put(field, "MARKER");
    // a lone surrogate cannot be UTF-8: it only exists as a JSON escape
    String json =
        Requests.JSON
            .writeValueAsString(body)
            .replace("\"MARKER\"", random.nextBoolean() ? "\"a\\ud800b\"" : "\"\\udc00\"");
    return new Case(
        "lone-surrogate",
        valid.request(
            token,
            valid.path(),
            valid.query(),
            json.getBytes(StandardCharsets.UTF_8),
            "application/json"));
  }

  private Case malformedJson(Requests.Parts valid, @Nullable String token, Random random) {
    List<byte[]> bodies =
        List.of(
            "{\"a\":".getBytes(StandardCharsets.UTF_8),
            "[".getBytes(StandardCharsets.UTF_8),
            "nul".getBytes(StandardCharsets.UTF_8),
            "{\"a\":1,,}".getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            "\"just a string\"".getBytes(StandardCharsets.UTF_8),
            "[".repeat(5000).getBytes(StandardCharsets.UTF_8));
    String type = valid.raw() != null ? valid.raw().contentType() : "application/json";
    return new Case(
        "malformed-json",
        valid.request(token, valid.path(), valid.query(), pick(random, bodies), type));
  }

  private Case wrongMediaType(Requests.Parts valid, @Nullable String token, Random random) {
    String type =
        pick(random, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"));
    byte[] body =
        valid.json() != null
            ? Requests.JSON.writeValueAsBytes(valid.json())
            : "a=b".getBytes(StandardCharsets.UTF_8);
    if (valid.raw() != null && valid.raw().contentType().startsWith("multipart")) {
      type = "application/json";
      body = "{}".getBytes(StandardCharsets.UTF_8);
    }
    return new Case(
        "wrong-media-type", valid.request(token, valid.path(), valid.query(), body, type));
  }

  private static final List<String> INVALID_TYPED =
      List.of("abc", "-1", "99999999999999999999", "1.5", "true%27", "%E2%80%AE1");

  private static boolean typed(ApiParameter parameter) {
    return !"string".equals(ValidValues.typeOf(parameter.schema()))
        || parameter.schema().has("enum")
        || parameter.schema().has("format")
        || parameter.schema().has("pattern");
  }

  /** Every invalid value once for every query parameter: the sweep before the random draws. */
  private List<Case> querySweep(Requests.Parts valid, @Nullable String token, Random random) {
    List<Case> cases = new ArrayList<>();
    for (ApiParameter parameter : valid.operation().parameters("query")) {
      List<String> values =
          typed(parameter)
              ? INVALID_TYPED
              : List.of(Requests.encode(injection(random)), "x".repeat(3000), "");
      for (String value : values) {
        cases.add(queryCase(valid, token, parameter, value, typed(parameter)));
      }
      cases.add(queryCase(valid, token, parameter, "%00", typed(parameter)));
    }
    return cases;
  }

  private Case invalidQuery(
      Requests.Parts valid, @Nullable String token, Random random, ApiParameter parameter) {
    boolean typed = typed(parameter);
    String value =
        typed && random.nextInt(3) > 0
            ? pick(random, INVALID_TYPED)
            : Requests.encode(
                pick(
                    random,
                    List.of(
                        injection(random),
                        unicode(random),
                        "x".repeat(2000 + random.nextInt(3000)),
                        "")));
    return queryCase(valid, token, parameter, value, typed);
  }

  private Case queryCase(
      Requests.Parts valid,
      @Nullable String token,
      ApiParameter parameter,
      String value,
      boolean typed) {
    String type = ValidValues.typeOf(parameter.schema());
    String sent = value;
    if ("integer".equals(type)
        && value.equals("-1")
        && parameter.schema().path("minimum").asLong(-2) < -1) {
      // -1 is only invalid where the document sets a minimum above it
      sent = "abc";
    }
    String category =
        value.equals("%00")
            ? "control-parameter"
            : typed && INVALID_TYPED.contains(value) ? "invalid-parameter" : "parameter-boundary";
    Map<String, String> query = new LinkedHashMap<>(valid.query());
    query.put(parameter.name(), sent);
    return new Case(category, valid.toRequest(token, valid.path(), query));
  }

  private Case invalidPath(
      Requests.Parts valid, @Nullable String token, Random random, ApiParameter parameter) {
    String value =
        pick(
            random,
            List.of(
                "not-an-id",
                "%00",
                "..%2F..%2Fetc%2Fpasswd",
                "%2E%2E",
                "%E2%80%AE" + "S311002",
                "x".repeat(3000),
                "00000000-0000-0000-0000-00000000000g",
                Requests.encode("' OR 1=1 --")));
    Map<String, String> path = new LinkedHashMap<>(valid.path());
    path.put(parameter.name(), value);
    String type = ValidValues.typeOf(parameter.schema());
    boolean typed =
        !"string".equals(type)
            || parameter.schema().has("enum")
            || parameter.schema().has("format")
            || parameter.schema().has("pattern");
    String category = typed ? "invalid-path" : "path-boundary";
    if (value.equals("%00") || value.startsWith("..%2F") || value.equals("%2E%2E")) {
      category = "http-layer-path";
    }
    return new Case(category, valid.toRequest(token, path, valid.query()));
  }

  // --- values ---------------------------------------------------------------------------------

  private JsonNode wrongType(String field, JsonNode schema) {
    return switch (ValidValues.typeOf(schema)) {
      case "string" -> NODES.objectNode().put("nested", 1);
      case "integer", "number" -> NODES.stringNode("not-a-number");
      case "boolean" -> NODES.stringNode("maybe");
      case "array" -> NODES.stringNode("not-an-array");
      default -> NODES.arrayNode().add(1);
    };
  }

  private static JsonNode hugeString() {
    return NODES.stringNode("Đ".repeat(HUGE));
  }

  private JsonNode hugeArray(JsonNode schema) {
    ArrayNode array = NODES.arrayNode();
    JsonNode item =
        "array".equals(ValidValues.typeOf(schema))
            ? new ValidValues(document).of(schema.path("items"))
            : NODES.stringNode("x");
    for (int i = 0; i < 20_000; i++) {
      array.add(item);
    }
    return array;
  }

  private static String injection(Random random) {
    return Arbitraries.of(INJECTIONS).generator(100, true).next(random).value();
  }

  private static String unicode(Random random) {
    Arbitrary<String> strings =
        Arbitraries.oneOf(
            Arbitraries.of(BENIGN_UNICODE),
            Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u1EA0', '\u1EF9').ofMinLength(1).ofMaxLength(40));
    return strings.generator(100, true).next(random).value();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private List<String> fieldsOf(ObjectNode body, JsonNode schema) {
    List<String> fields = new ArrayList<>(body.propertyNames());
    for (String name : document.resolve(schema).path("properties").propertyNames()) {
      if (!fields.contains(name)) {
        fields.add(name);
      }
    }
    return fields;
  }

  private List<String> textFields(ObjectNode body, JsonNode schema) {
    List<String> fields = new ArrayList<>();
    JsonNode properties = document.resolve(schema).path("properties");
    for (String name : properties.propertyNames()) {
      JsonNode property = document.resolve(properties.get(name));
      if ("string".equals(ValidValues.typeOf(property))
          && !property.has("enum")
          && !property.has("format")) {
        fields.add(name);
      }
    }
    return fields;
  }

  private List<String> requiredOf(JsonNode schema) {
    List<String> required = new ArrayList<>();
    document.resolve(schema).path("required").forEach(r -> required.add(r.asString()));
    return required;
  }

  private JsonNode propertySchema(ApiOperation operation, String field) {
    JsonNode schema = operation.bodySchema();
    if (schema == null) {
      return NODES.objectNode();
    }
    JsonNode property = document.resolve(schema).path("properties").path(field);
    return property.isMissingNode() ? NODES.objectNode() : document.resolve(property);
  }
}
