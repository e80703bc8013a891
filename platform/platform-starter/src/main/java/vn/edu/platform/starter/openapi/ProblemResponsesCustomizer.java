package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import vn.edu.platform.starter.config.PlatformProperties;
import vn.edu.platform.starter.idempotency.IdempotencyFilter;

/**
 * Documents the platform's error contract on every operation: the {@code Problem} and {@code
 * FieldViolation} schemas, and the 400/401/403/404/429/500 responses (plus 409/422 on POST and
 * PATCH, which take an {@code Idempotency-Key}) with an example each, so the frontend team sees
 * every error it must handle. Every 4xx and 5xx response, including those a controller declares
 * itself, is an {@code application/problem+json} {@code Problem} and nothing else; a 304 or 204 has
 * no body. The {@code Idempotency-Key} header is required exactly where {@link IdempotencyFilter}
 * requires it.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

  static final String PROBLEM = "application/problem+json";
  private static final Pattern CODE =
      Pattern.compile("^([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\\b.*", Pattern.DOTALL);

  private final List<String> idempotencyRequired;
  private final List<String> idempotencyExempt;
  private final AntPathMatcher matcher = new AntPathMatcher();

  ProblemResponsesCustomizer(PlatformProperties.Idempotency idempotency) {
    this.idempotencyRequired = List.copyOf(idempotency.requiredPaths());
    this.idempotencyExempt = List.copyOf(idempotency.exemptPaths());
  }

  @Override
  public void customise(OpenAPI openApi) {
    openApi.getComponents().addSchemas("Problem", problemSchema());
    openApi.getComponents().addSchemas("FieldViolation", violationSchema());
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> addProblems(path, method, operation)));
    // Spring's ProblemDetail, referenced by controllers' own annotations, is replaced by Problem
    if (openApi.getComponents().getSchemas() != null) {
      openApi.getComponents().getSchemas().remove("ProblemDetail");
    }
  }

  private boolean requiresIdempotencyKey(String path) {
    return idempotencyRequired.stream().anyMatch(p -> matcher.match(p, path))
        && idempotencyExempt.stream().noneMatch(p -> matcher.match(p, path));
  }

  private void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    boolean mutating = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH;
    if (mutating) {
      boolean required = requiresIdempotencyKey(path);
      operation.addParametersItem(
          new HeaderParameter()
              .name(IdempotencyFilter.HEADER)
              .description(
                  (required
                          ? "Required: unique key of this request (e.g. a UUID); without it the"
                              + " service answers 400 idempotency-key-missing."
                          : "Optional here (an upload is recognised by its file's hash): unique"
                              + " key of this request (e.g. a UUID).")
                      + " A retry with the same key and body replays the first response instead"
                      + " of running again; keys are kept 48 h.")
              .required(required)
              .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
              .example("6f1c2b0e-4a8e-4f55-9a55-1d2f6b0c9e11"));
    }
    responses.forEach(
        (status, response) -> {
          if ("304".equals(status) || "204".equals(status)) {
            response.setContent(null);
          }
        });
    add(
        responses,
        "400",
        "Invalid request: see `errors` for each field",
        "validation-failed",
        "Yêu cầu không hợp lệ",
        400,
        true);
    add(
        responses,
        "401",
        "Missing, expired or foreign access token",
        "unauthenticated",
        "Cần xác thực",
        401,
        false);
    add(
        responses,
        "403",
        "Role or organisation scope does not allow this",
        "forbidden-org-unit",
        "Ngoài phạm vi đơn vị",
        403,
        false);
    add(responses, "404", "No such resource", "not-found", "Không tìm thấy", 404, false);
    boolean writing =
        mutating || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;
    if (writing) {
      add(
          responses,
          "409",
          "The resource's state does not allow this (see `code`)"
              + (mutating ? ", or a request with the same Idempotency-Key is still running" : ""),
          "data-conflict",
          "Dữ liệu xung đột",
          409,
          false);
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())));
    if (writing || takesInput) {
      add(
          responses,
          "422",
          "A rule of the domain refuses the request (`errors` points at the fields)"
              + (mutating ? ", or the Idempotency-Key was used for a different request" : ""),
          "rule-violation",
          "Vi phạm quy định",
          422,
          true);
    }
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(
              p -> "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
          .findFirst()
          .ifPresent(
              ifMatch -> {
                add(
                    responses,
                    "412",
                    "The resource changed since the ETag sent in If-Match: read it again",
                    "precondition-failed",
                    "Dữ liệu đã thay đổi",
                    412,
                    false);
                if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                  add(
                      responses,
                      "428",
                      "If-Match is missing: send the ETag last read",
                      "precondition-required",
                      "Thiếu If-Match",
                      428,
                      false);
                }
              });
    }
    add(
        responses,
        "429",
        "Over the gateway's rate limit: retry after `Retry-After` seconds",
        "rate-limited",
        "Quá nhiều yêu cầu",
        429,
        false);
    responses
        .get("429")
        .addHeaderObject(
            HttpHeaders.RETRY_AFTER,
            new Header()
                .description("Seconds to wait before the next request")
                .required(true)
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).example(30)));
    add(
        responses,
        "500",
        "Unexpected server fault; quote traceId",
        "internal-error",
        "Lỗi hệ thống",
        500,
        false);
    responses.forEach(
        (status, response) -> {
          if (isError(status) && !isProblemOnly(response)) {
            response.setContent(
                problemContent(status, codeOf(response.getDescription(), status), false));
          }
        });
  }

  private static boolean isError(String status) {
    return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
  }

  /** Already the platform's problem, with an example: declared by {@link #add}. */
  private static boolean isProblemOnly(ApiResponse response) {
    Content content = response.getContent();
    if (content == null || content.size() != 1 || !content.containsKey(PROBLEM)) {
      return false;
    }
    MediaType media = content.get(PROBLEM);
    return media.getSchema() != null
        && "#/components/schemas/Problem".equals(media.getSchema().get$ref())
        && media.getExamples() != null
        && !media.getExamples().isEmpty();
  }

  /** The stable code a controller names first in its description ("import-job-not-found: …"). */
  private static String codeOf(String description, String status) {
    if (description != null) {
      Matcher matcher = CODE.matcher(description.strip());
      if (matcher.matches()) {
        return matcher.group(1);
      }
    }
    return switch (status) {
      case "400" -> "validation-failed";
      case "401" -> "unauthenticated";
      case "403" -> "forbidden";
      case "404" -> "not-found";
      case "409" -> "conflict";
      case "412" -> "precondition-failed";
      case "413" -> "payload-too-large";
      case "415" -> "unsupported-media-type";
      case "428" -> "precondition-required";
      case "429" -> "rate-limited";
      default -> status.startsWith("5") ? "internal-error" : "request-refused";
    };
  }

  private static void add(
      ApiResponses responses,
      String status,
      String description,
      String code,
      String title,
      int httpStatus,
      boolean withErrors) {
    if (responses.containsKey(status)) {
      return;
    }
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(problemContent(String.valueOf(httpStatus), code, withErrors, title)));
  }

  private static Content problemContent(String status, String code, boolean withErrors) {
    return problemContent(status, code, withErrors, code);
  }

  private static Content problemContent(
      String status, String code, boolean withErrors, String title) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "urn:edu-platform:problem:" + code);
    example.put("title", title);
    example.put("status", Integer.parseInt(status));
    example.put("instance", "/api/v1/plans");
    example.put("code", code);
    if (withErrors) {
      example.put(
          "errors",
          List.of(
              Map.of("pointer", "/title", "code", "not-blank", "message", "không được để trống")));
    }
    example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
    return new Content()
        .addMediaType(
            PROBLEM,
            new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                .addExamples(code, new Example().value(example)));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Schema schema = new ObjectSchema().description("RFC 9457 problem details");
    schema.addProperty(
        "type",
        new StringSchema()
            .description("URI of the problem type")
            .example("urn:edu-platform:problem:validation-failed"));
    schema.addProperty(
        "title",
        new StringSchema().description("Short summary, localised").example("Yêu cầu không hợp lệ"));
    schema.addProperty("status", new IntegerSchema().description("HTTP status").example(400));
    schema.addProperty(
        "detail",
        new StringSchema()
            .description("Explanation for people, localised")
            .example("Một số trường không hợp lệ; xem danh sách lỗi."));
    schema.addProperty(
        "instance", new StringSchema().description("Path of the request").example("/api/v1/plans"));
    schema.addProperty(
        "code",
        new StringSchema()
            .description("Stable machine-readable error code")
            .example("validation-failed"));
    schema.addProperty(
        "errors",
        new ArraySchema()
            .items(new Schema<>().$ref("#/components/schemas/FieldViolation"))
            .description("Field or row errors, when the request or file had any"));
    schema.addProperty(
        "traceId",
        new StringSchema()
            .description("W3C trace id, for support")
            .example("4bf92f3577b34da6a3ce929d0e0e4736"));
    schema.setRequired(List.of("type", "title", "status", "code"));
    return schema;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> violationSchema() {
    Schema schema = new ObjectSchema().description("One rejected field, parameter or file cell");
    schema.addProperty(
        "pointer",
        new StringSchema()
            .description("RFC 6901 JSON pointer or parameter name")
            .example("/tasks/0/deadline"));
    schema.addProperty(
        "row",
        new IntegerSchema()
            .format("int64")
            .description("Row in an uploaded file (header = 1)")
            .example(12));
    schema.addProperty(
        "column",
        new StringSchema().description("Column header in an uploaded file").example("Mã đơn vị"));
    schema.addProperty(
        "code",
        new StringSchema().description("Stable code of the rule broken").example("not-blank"));
    schema.addProperty(
        "message",
        new StringSchema().description("Explanation, localised").example("không được để trống"));
    schema.setRequired(List.of("code", "message"));
    return schema;
  }
}
