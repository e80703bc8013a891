package vn.edu.platform.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
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
import org.springdoc.core.customizers.OpenApiCustomizer;
import vn.edu.platform.starter.idempotency.IdempotencyFilter;

/**
 * Documents the platform's error contract on every operation: the {@code Problem} and {@code
 * FieldViolation} schemas, and the 400/401/403/404/500 responses (plus 409/422 on POST and PATCH,
 * which take an {@code Idempotency-Key}) with an example each, so the frontend team sees every
 * error it must handle.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

  static final String PROBLEM = "application/problem+json";

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
                    .forEach((method, operation) -> addProblems(method, operation)));
  }

  private void addProblems(PathItem.HttpMethod method, Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    boolean mutating = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH;
    if (mutating) {
      operation.addParametersItem(
          new HeaderParameter()
              .name(IdempotencyFilter.HEADER)
              .description(
                  "Unique key of this request (e.g. a UUID). A retry with the same key and body"
                      + " replays the first response instead of running again; keys are kept 48 h."
                      + " Required on every POST and PATCH under /api except file uploads.")
              .required(false)
              .schema(new StringSchema().maxLength(255))
              .example("6f1c2b0e-4a8e-4f55-9a55-1d2f6b0c9e11"));
    }
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
    if (mutating) {
      add(
          responses,
          "409",
          "A request with the same Idempotency-Key is still running",
          "idempotency-request-in-progress",
          "Yêu cầu đang được xử lý",
          409,
          false);
      add(
          responses,
          "422",
          "The Idempotency-Key was used for a different request",
          "idempotency-key-reused",
          "Idempotency-Key đã được dùng",
          422,
          false);
    }
    add(
        responses,
        "500",
        "Unexpected server fault; quote traceId",
        "internal-error",
        "Lỗi hệ thống",
        500,
        false);
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
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "urn:edu-platform:problem:" + code);
    example.put("title", title);
    example.put("status", httpStatus);
    example.put("instance", "/api/v1/plans");
    example.put("code", code);
    if (withErrors) {
      example.put(
          "errors",
          List.of(
              Map.of("pointer", "/title", "code", "not-blank", "message", "không được để trống")));
    }
    example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        PROBLEM,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                            .addExamples(code, new Example().value(example)))));
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
