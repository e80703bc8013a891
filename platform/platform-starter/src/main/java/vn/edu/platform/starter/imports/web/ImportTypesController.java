package vn.edu.platform.starter.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.file.ImportFormat;
import vn.edu.platform.starter.imports.file.TemplateWriter;
import vn.edu.platform.starter.imports.job.ImportDefinitions;
import vn.edu.platform.starter.imports.job.ImportSubmissionService;
import vn.edu.platform.starter.imports.job.ImportSubmissionService.Submission;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.web.problem.ApiProblemException;

@RestController
// Any authenticated caller reaches the handlers; which type or job it may use depends on the
// data, so ImportAccessPolicy decides inside (403 problems with the framework's codes).
@PreAuthorize("isAuthenticated()")
@RequestMapping("${platform.service.api-base-path:/api/v1}")
@Tag(
    name = "Imports",
    description =
        "Bulk uploads of CSV or XLSX files: list the import types, download a template, upload a"
            + " file. Each upload becomes an import job (see Import jobs).")
class ImportTypesController {

  private static final String PROBLEM = "application/problem+json";

  private final ImportDefinitions definitions;
  private final ImportSubmissionService submissions;
  private final ImportAccessPolicy accessPolicy;
  private final String basePath;

  ImportTypesController(
      ImportDefinitions definitions,
      ImportSubmissionService submissions,
      ImportAccessPolicy accessPolicy,
      String basePath) {
    this.definitions = definitions;
    this.submissions = submissions;
    this.accessPolicy = accessPolicy;
    this.basePath = basePath;
  }

  @GetMapping("/imports")
  @Operation(
      operationId = "listImportTypes",
      summary = "List the import types",
      description = "Every kind of file this service accepts, with its columns and links.")
  public List<ImportTypeResponse> types() {
    return definitions.all().stream().map(this::toResponse).toList();
  }

  @GetMapping("/imports/{type}/template")
  @Operation(
      operationId = "getImportTemplate",
      summary = "Download the template of an import type",
      description =
          "The header row and one example row. XLSX: bold header, columns formatted as text, a"
              + " second sheet describing each column. CSV: UTF-8 with a byte-order mark, comma"
              + " separated.")
  @ApiResponse(
      responseCode = "200",
      description = "The template file (attachment).",
      content = {
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        @Content(mediaType = "text/csv")
      })
  @ApiResponse(
      responseCode = "404",
      description = "unknown-import-type",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  public ResponseEntity<byte[]> template(
      @PathVariable @Parameter(example = "org-units") @Size(max = 64) String type,
      @RequestParam(defaultValue = "xlsx")
          @Parameter(description = "csv or xlsx", example = "xlsx")
          @Size(max = 8)
          String format,
      Locale locale) {
    ImportDefinition<?> definition = definition(type);
    ImportFormat templateFormat =
        ImportFormat.fromExtension(format)
            .orElseThrow(
                () ->
                    new ApiProblemException(
                        HttpStatus.BAD_REQUEST, "unsupported-template-format", format));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TemplateWriter.write(templateFormat, definition.columns(), locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileName = type + "-template." + templateFormat.extension();
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(templateFormat.mediaType()))
        .body(out.toByteArray());
  }

  @PostMapping(path = "/imports/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "uploadImport",
      summary = "Upload a file to import",
      description =
          "Multipart form with the file in part `file` (CSV in UTF-8 with `,` or `;`, or XLSX:"
              + " first sheet). The header row is checked at once; rows are then applied in the"
              + " background: poll the job in the Location header. Uploading the same file again"
              + " (same bytes, type and unit) returns the existing job with 200 instead of"
              + " importing twice.")
  @ApiResponse(
      responseCode = "202",
      description = "Queued; Location is the job.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportJobResponse.class)))
  @ApiResponse(
      responseCode = "200",
      description = "The same file was already uploaded: its existing job.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportJobResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description =
          "The file cannot be imported: invalid-import-headers (each unknown, duplicated or"
              + " missing required header in `errors`), empty-file, import-file-missing,"
              + " invalid-encoding, malformed-csv, corrupt-file, missing-header.",
      content =
          @Content(
              mediaType = PROBLEM,
              schema = @Schema(implementation = ProblemDetail.class),
              examples =
                  @ExampleObject(
                      name = "invalid-import-headers",
                      value =
                          """
                          {"type":"about:blank","status":400,"code":"invalid-import-headers",
                           "title":"Tiêu đề cột không khớp mẫu",
                           "errors":[{"row":1,"column":"Mã đơn vị","code":"missing-required-column",
                                      "message":"Thiếu cột bắt buộc \\"Mã đơn vị\\"."}]}""")))
  @ApiResponse(
      responseCode = "403",
      description = "import-forbidden: the caller's roles may not upload this type")
  @ApiResponse(responseCode = "404", description = "unknown-import-type")
  @ApiResponse(responseCode = "413", description = "import-file-too-large")
  @ApiResponse(responseCode = "415", description = "unsupported-file-format (e.g. legacy .xls)")
  public ResponseEntity<ImportJobResponse> upload(
      @PathVariable @Parameter(example = "org-units") @Size(max = 64) String type,
      @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
      @Nullable Authentication authentication,
      Locale locale) {
    var caller = ImportCallers.of(authentication, accessPolicy);
    if (file == null) {
      definition(type);
      throw new ApiProblemException(HttpStatus.BAD_REQUEST, "import-file-missing");
    }
    Submission submission;
    try (InputStream content = file.getInputStream()) {
      submission = submissions.submit(type, caller, file.getOriginalFilename(), content, locale);
    } catch (IOException e) {
      throw new ApiProblemException(HttpStatus.BAD_REQUEST, "upload-interrupted");
    }
    ImportJobResponse body = ImportJobResponse.of(submission.job(), basePath);
    if (!submission.queued()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.accepted().location(URI.create(body.links().self())).body(body);
  }

  private ImportDefinition<?> definition(String type) {
    return definitions
        .find(type)
        .orElseThrow(() -> ApiProblemException.notFound("unknown-import-type", type));
  }

  private ImportTypeResponse toResponse(ImportDefinition<?> definition) {
    String base = basePath + "/imports/" + definition.type();
    return new ImportTypeResponse(
        definition.type(),
        definition.title(),
        definition.allowedRoles(),
        definition.columns().stream()
            .map(
                c ->
                    new ImportTypeResponse.Column(
                        c.key(), c.header(), c.required(), c.description(), c.example()))
            .toList(),
        new ImportTypeResponse.Links(
            base + "/template?format=xlsx", base + "/template?format=csv", base));
  }
}
