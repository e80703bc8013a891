package vn.edu.platform.test.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.test.http.TestHttp;

/**
 * Checks every response a test receives against the service's committed OpenAPI 3.1 document, as a
 * generated client would read it: the path and method are documented, the status is one of the
 * operation's responses, the media type is one it declares, and a JSON body validates against the
 * declared schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1, so {@code type: [string,
 * "null"]} means what it says; formats are asserted). A 304 or 204 must come without a body.
 *
 * <p>A service opts in with one line in its test base: {@code http = new
 * TestHttp(port).checkingResponses(OpenApiResponseValidator.of(Path.of("api/openapi.json")))}.
 * Requests to paths the document does not describe (the document itself, actuator, deliberately
 * unknown paths) are counted as skipped, not validated.
 */
public final class OpenApiResponseValidator implements TestHttp.ResponseCheck {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DOCUMENT_IRI = "https://contract.edu-platform.invalid/openapi.json";
  private static final Map<Path, OpenApiResponseValidator> BY_DOCUMENT = new ConcurrentHashMap<>();

  private final Path document;
  private volatile @Nullable Loaded loaded;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final AtomicLong validated = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();

  private OpenApiResponseValidator(Path document) {
    this.document = document;
  }

  /** The parsed document, read on first use (the contract test may be about to create it). */
  private record Loaded(JsonNode root, SchemaRegistry registry, List<Route> routes) {}

  private @Nullable Loaded loaded() {
    Loaded current = loaded;
    if (current == null && Files.exists(document)) {
      String text = read(document);
      JsonNode root = JSON.readTree(text);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder
                      .schemas(Map.of(DOCUMENT_IRI, text))
                      .schemaRegistryConfig(
                          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      current = new Loaded(root, registry, routesOf(root));
      loaded = current;
    }
    return current;
  }

  /** The validator of one committed document, shared by every test of the JVM (and counted). */
  public static OpenApiResponseValidator of(Path document) {
    return BY_DOCUMENT.computeIfAbsent(
        document.toAbsolutePath().normalize(), OpenApiResponseValidator::new);
  }

  /** Every validator created in this JVM, for the end-of-run summary. */
  static List<OpenApiResponseValidator> all() {
    return List.copyOf(BY_DOCUMENT.values());
  }

  public long validated() {
    return validated.get();
  }

  public long skipped() {
    return skipped.get();
  }

  Path document() {
    return document;
  }

  @Override
  public void check(String method, String target, TestHttp.Reply reply) {
    List<String> breaches = breaches(method, target, reply);
    if (breaches == null) {
      skipped.incrementAndGet();
      return;
    }
    if (!breaches.isEmpty()) {
      throw new AssertionError(
          method
              + " "
              + target
              + " → "
              + reply.status()
              + " does not match "
              + document
              + ":\n  "
              + String.join("\n  ", breaches)
              + "\nbody: "
              + abbreviate(reply.text()));
    }
    validated.incrementAndGet();
  }

  /** The breaches of one response, empty when it conforms, null when its path is undocumented. */
  @Nullable List<String> breaches(String method, String target, TestHttp.Reply reply) {
    Loaded contract = loaded();
    if (contract == null) {
      return null; // no committed document yet: the contract test says so
    }
    JsonNode root = contract.root();
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    Route route =
        contract.routes().stream()
            .filter(r -> r.matches(path))
            .min(Comparator.comparingInt(Route::variables))
            .orElse(null);
    if (route == null) {
      return null;
    }
    List<String> breaches = new ArrayList<>();
    String verb = method.toLowerCase(Locale.ROOT);
    JsonNode operation = root.path("paths").path(route.template()).path(verb);
    if (operation.isMissingNode()) {
      if (reply.status() == 405 || "options".equals(verb) || "head".equals(verb)) {
        return null;
      }
      breaches.add(method + " is not documented on " + route.template());
      return breaches;
    }
    String status = String.valueOf(reply.status());
    JsonNode response = operation.path("responses").path(status);
    String pointerToResponse =
        "/paths/" + escape(route.template()) + "/" + verb + "/responses/" + status;
    if (response.isMissingNode()) {
      response = operation.path("responses").path("default");
      pointerToResponse = "/paths/" + escape(route.template()) + "/" + verb + "/responses/default";
    }
    if (response.isMissingNode()) {
      breaches.add(
          "status "
              + status
              + " is not documented for "
              + method
              + " "
              + route.template()
              + " (documented: "
              + operation.path("responses").propertyNames()
              + ")");
      return breaches;
    }
    byte[] body = reply.response().body();
    JsonNode content = response.path("content");
    if (reply.status() == 304 || reply.status() == 204) {
      if (body.length > 0) {
        breaches.add("a " + status + " must not have a body");
      }
      if (!content.isMissingNode() && !content.isEmpty()) {
        breaches.add("the document declares a body for " + status);
      }
      return breaches;
    }
    if (body.length == 0) {
      if (!content.isMissingNode() && !content.isEmpty()) {
        breaches.add("no body, the document declares " + content.propertyNames());
      }
      return breaches;
    }
    String contentType = reply.contentType();
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    String declared = declaredMediaType(content, mediaType);
    if (declared == null) {
      breaches.add(
          "media type "
              + mediaType
              + " is not declared for "
              + status
              + " (declared: "
              + content.propertyNames()
              + ")");
      return breaches;
    }
    if (!isJson(mediaType) || content.path(declared).path("schema").isMissingNode()) {
      return breaches;
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(body);
    } catch (RuntimeException e) {
      breaches.add("the body is not JSON: " + e.getMessage());
      return breaches;
    }
    String schemaPointer = pointerToResponse + "/content/" + escape(declared) + "/schema";
    for (Error error : schemaAt(contract.registry(), schemaPointer).validate(payload)) {
      breaches.add(error.toString());
    }
    return breaches;
  }

  private Schema schemaAt(SchemaRegistry registry, String pointer) {
    return schemas.computeIfAbsent(
        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
  }

  private static @Nullable String declaredMediaType(JsonNode content, String mediaType) {
    if (content.has(mediaType)) {
      return mediaType;
    }
    for (String declared : content.propertyNames()) {
      if ("*/*".equals(declared)
          || (declared.endsWith("/*")
              && mediaType.startsWith(declared.substring(0, declared.length() - 1)))) {
        return declared;
      }
    }
    return null;
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static List<Route> routesOf(JsonNode root) {
    List<Route> routes = new ArrayList<>();
    for (String template : root.path("paths").propertyNames()) {
      StringBuilder regex = new StringBuilder("^");
      int variables = 0;
      for (String part : template.split("(?=\\{)|(?<=\\})")) {
        if (part.startsWith("{") && part.endsWith("}")) {
          regex.append("[^/]+");
          variables++;
        } else {
          regex.append(Pattern.quote(part));
        }
      }
      routes.add(new Route(template, Pattern.compile(regex.append("$").toString()), variables));
    }
    return routes;
  }

  /** RFC 6901 escaping of one reference token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Route(String template, Pattern pattern, int variables) {
    boolean matches(String path) {
      return pattern.matcher(path).matches();
    }
  }
}
