package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;

/**
 * Transfer packages: a student's signed records in one verifiable JSON file, their verification
 * (for the receiving school, here or in another province), and their import at the receiving
 * school.
 */
@RestController
@Tag(name = "Signing")
class RecordPackageController {

  static final String FORMAT = "vn.edu.platform.studentrecord.RecordPackage";

  private final RecordPackagesUseCase packages;
  private final RecordCallers callers;
  private final JsonMapper json;

  RecordPackageController(RecordPackagesUseCase packages, RecordCallers callers, JsonMapper json) {
    this.packages = packages;
    this.callers = callers;
    this.json = json;
  }

  @Schema(description = "A transfer package: a student's signed records with their signatures")
  record PackageBody(
      @Schema(description = "The package format", example = FORMAT) @NotBlank @Size(max = 64)
          String format,
      @Schema(description = "The format's version", example = "1", minimum = "1", maximum = "1")
          int formatVersion,
      @Schema(example = "3110020001")
          @NotNull
          @Size(max = 10)
          @Pattern(regexp = RecordBodies.STUDENT_CODE)
          String studentCode,
      @Schema(example = "2026-06-10T02:00:00Z") @Nullable Instant exportedAt,
      @ArraySchema(arraySchema = @Schema(description = "Oldest first"), maxItems = 100)
          @NotNull
          @Size(max = 100)
          List<@Valid @NotNull PackagedRecordBody> records) {}

  @Schema(description = "One signed record: its document as signed, and its signatures")
  record PackagedRecordBody(
      // a JSON object of the service's record format; without the explicit type the document
      // would describe Jackson's JsonNode class (isArray, isBigDecimal, ...) to generated clients
      @Schema(
              types = "object",
              implementation = Object.class,
              additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
              description =
                  "The record's signed document (JSON; the signatures cover its RFC 8785"
                      + " canonical form)",
              example = "{\"type\": \"vn.edu.platform.studentrecord.SchoolRecord\"}")
          @NotNull
          JsonNode document,
      @ArraySchema(arraySchema = @Schema(description = "Its signatures"), maxItems = 2)
          @NotNull
          @Size(max = 2)
          List<@Valid @NotNull PackagedSignatureBody> signatures) {}

  @Schema(
      description = "One signature: the batch group's JAdES signature and the record's name in it")
  record PackagedSignatureBody(
      @Schema(description = "HOMEROOM_TEACHER or PRINCIPAL", example = "PRINCIPAL") @NotNull
          SignerRole role,
      @Schema(example = "urn:edu:hoc-ba:3110020001:2025-2026:v1") @NotBlank @Size(max = 200)
          String documentName,
      @Schema(description = "The JAdES signature, base64", example = "eyJhbGciOi...")
          @NotBlank
          @Size(max = 2_000_000)
          String signature) {}

  @GetMapping("/api/v1/student-records/students/{studentCode}/record-package")
  @PreAuthorize(RecordRoles.RECORD_READERS)
  @Operation(
      operationId = "exportRecordPackage",
      summary = "A student's signed records as one verifiable transfer package",
      description =
          "Every version the principal signed (corrected ones too), oldest first, each with its"
              + " signatures; the receiving school verifies it with verifyRecordPackage or any"
              + " JAdES verifier. The same readers as listStudentRecords; every export is audited.")
  @ApiResponse(responseCode = "200", description = "The package", useReturnTypeSchema = true)
  PackageBody export(
      @Parameter(example = "3110020001")
          @PathVariable
          @Size(max = 10)
          @Pattern(regexp = RecordBodies.STUDENT_CODE)
          String studentCode) {
    var exported = packages.export(callers.actor(), studentCode);
    return new PackageBody(
        FORMAT,
        1,
        exported.studentCode(),
        Instant.now(),
        exported.records().stream()
            .map(
                r ->
                    new PackagedRecordBody(
                        json.readTree(r.document()),
                        r.signatures().stream()
                            .map(
                                s ->
                                    new PackagedSignatureBody(
                                        s.role(),
                                        s.documentName(),
                                        Base64.getEncoder().encodeToString(s.signature())))
                            .toList()))
            .toList());
  }

  @Schema(description = "A package's verification, record by record")
  record PackageCheckResponse(
      @Schema(description = "Every record authentic", example = "true") boolean authentic,
      @Schema(description = "Each record's verdict") List<PackagedRecordCheckView> records) {}

  @Schema(description = "One packaged record's verdict")
  record PackagedRecordCheckView(
      @Schema(example = "0") int index,
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") @Nullable UUID recordId,
      @Schema(description = "Both signatures valid over the document as given", example = "true")
          boolean authentic,
      @Schema(description = "Each signature's verdict") List<PackagedSignatureCheckView> signatures,
      @Schema(
              description = "The record's status in this service, if it is one of ours",
              example = "LOCKED")
          @Nullable RecordStatus statusHere,
      @Schema(
              description = "The version that corrected it here, if any",
              example = "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f")
          @Nullable UUID correctedBy) {}

  @Schema(description = "One signature's verdict")
  record PackagedSignatureCheckView(
      @Schema(example = "PRINCIPAL") SignerRole role,
      @Schema(example = "VALID") VerificationReport.Verdict verdict,
      @Schema(description = "Why not valid", example = "HASH_FAILURE") @Nullable String reason,
      @Schema(example = "Phạm Thị Mai") @Nullable String signerName,
      @Schema(example = "2026-05-25T08:30:01Z") @Nullable Instant timestampTime) {}

  @PostMapping("/api/v1/student-records/record-packages/verification")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "verifyRecordPackage",
      summary = "Verify a transfer package",
      description =
          "Each record's signatures are verified offline over its document as given: a changed"
              + " value is HASH_FAILURE. For records of this service, their status here and a later"
              + " correction. 422 record-package for a package of another format or a signature"
              + " that is not base64. Changes nothing (POST for the body's size).")
  @ApiResponse(responseCode = "200", description = "The verdicts", useReturnTypeSchema = true)
  PackageCheckResponse verify(@Valid @RequestBody PackageBody body) {
    var checks = packages.verify(toPackage(body));
    return new PackageCheckResponse(
        !checks.isEmpty()
            && checks.stream().allMatch(RecordPackagesUseCase.PackagedRecordCheck::authentic),
        checks.stream()
            .map(
                c ->
                    new PackagedRecordCheckView(
                        c.index(),
                        c.recordId(),
                        c.authentic(),
                        c.signatures().stream()
                            .map(
                                s ->
                                    new PackagedSignatureCheckView(
                                        s.role(),
                                        s.report().verdict(),
                                        s.report().verdict() == VerificationReport.Verdict.VALID
                                            ? null
                                            : s.report().reason(),
                                        s.report().signer() == null
                                            ? null
                                            : s.report().signer().name(),
                                        s.report().timestampTime()))
                            .toList(),
                        c.statusHere(),
                        c.correctedBy()))
            .toList());
  }

  /** The body as the use case's package; 422 record-package for another format or bad base64. */
  private RecordPackagesUseCase.RecordPackage toPackage(PackageBody body) {
    if (!FORMAT.equals(body.format()) || body.formatVersion() != 1) {
      throw new RuleViolation(
          "record-package",
          Violation.withMessage("/format", "unknown-format", "Not a record package of version 1"));
    }
    List<RecordPackagesUseCase.PackagedRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < body.records().size(); i++) {
      PackagedRecordBody r = body.records().get(i);
      List<RecordPackagesUseCase.PackagedSignature> signatures = new java.util.ArrayList<>();
      for (int j = 0; j < r.signatures().size(); j++) {
        PackagedSignatureBody s = r.signatures().get(j);
        byte[] bytes;
        try {
          bytes = Base64.getDecoder().decode(s.signature());
        } catch (IllegalArgumentException e) {
          throw new RuleViolation(
              "record-package",
              Violation.withMessage(
                  "/records/" + i + "/signatures/" + j + "/signature",
                  "not-base64",
                  "The signature is not base64"));
        }
        signatures.add(
            new RecordPackagesUseCase.PackagedSignature(s.role(), s.documentName(), bytes));
      }
      records.add(
          new RecordPackagesUseCase.PackagedRecord(
              json.writeValueAsString(r.document()), signatures));
    }
    return new RecordPackagesUseCase.RecordPackage(body.studentCode(), records);
  }

  @PostMapping("/api/v1/student-records/students/{studentCode}/record-package-imports")
  @PreAuthorize(RecordRoles.SCHOOL_MANAGERS)
  @StudentImportersOnly
  @Operation(
      operationId = "importRecordPackage",
      summary = "Import a transfer package at the receiving school",
      description =
          "The administrator or principal of the school of the student's current enrolment"
              + " (decided from the path before the body is read: 404 student-not-enrolled for"
              + " another school's student or one not enrolled now, 403 for the school's other"
              + " staff). Every record is verified as verifyRecordPackage does and must be the"
              + " path's student's, with both signatures (homeroom teacher, principal) VALID. A"
              + " record this service holds already (same id and document, e.g. a transfer"
              + " within the province) is already-held and not stored again; a new one (from"
              + " another province's system) is stored as an imported record: LOCKED for good,"
              + " its placement, content, results and signatures as signed, held by the importing"
              + " school (the school that signed it gains no access by it), readable through"
              + " listStudentRecords and getRecord, verifiable through verifyRecordSignatures and"
              + " exported again by exportRecordPackage. One refused record refuses the package:"
              + " 422 record-package with one error per record at /records/<i>, nothing stored."
              + " 201 when a record was imported, 200 when all were held already (an identical"
              + " package again). Each imported record is audited.")
  @ApiResponse(responseCode = "201", description = "Records imported", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "200",
      description = "Every record held here already; nothing stored",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "404",
      description = "student-not-enrolled: the student is not enrolled at the caller's school now")
  @ApiResponse(
      responseCode = "422",
      description =
          "record-package: per record at /records/<i> not-a-record, other-student,"
              + " duplicate-record, record-incomplete, signature-missing, duplicate-signature,"
              + " document-name-mismatch, hash-failure, signature-not-valid, record-conflict,"
              + " year-already-recorded, previous-version-missing, version-conflict,"
              + " signer-unknown, document-not-reproducible; /studentCode other-student;"
              + " /records no-records; /format unknown-format; not-base64")
  ResponseEntity<ImportResponse> importPackage(
      @Parameter(example = "3110020001")
          @PathVariable
          @Size(max = 10)
          @Pattern(regexp = RecordBodies.STUDENT_CODE)
          String studentCode,
      @Valid @RequestBody PackageBody body) {
    var result = packages.importPackage(callers.actor(), studentCode, toPackage(body));
    ImportResponse response = ImportResponse.of(result);
    return result.imported() > 0
        ? ResponseEntity.created(
                URI.create("/api/v1/student-records/students/" + studentCode + "/records"))
            .body(response)
        : ResponseEntity.ok(response);
  }

  @Schema(description = "What a package's import did, record by record")
  record ImportResponse(
      @Schema(
              description = "The import that stored the new records; null when none was new",
              example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b")
          @Nullable UUID importId,
      @Schema(example = "3110020001") String studentCode,
      @Schema(description = "The importing school, which holds the records", example = "S311013")
          String schoolCode,
      @Schema(
              description = "Every record authentic (always, for a package imported)",
              example = "true")
          boolean authentic,
      @Schema(description = "Records stored by this import", example = "2") int imported,
      @Schema(description = "Records this service held already", example = "1") int alreadyHeld,
      @Schema(description = "Each record's outcome, in the package's order")
          List<ImportedRecordView> records) {

    static ImportResponse of(RecordPackagesUseCase.ImportResult result) {
      int imported = (int) result.imported();
      return new ImportResponse(
          result.importId(),
          result.studentCode(),
          result.schoolCode(),
          true,
          imported,
          result.records().size() - imported,
          result.records().stream().map(ImportedRecordView::of).toList());
    }
  }

  @Schema(description = "One packaged record's outcome")
  record ImportedRecordView(
      @Schema(description = "Its place in the package", example = "0") int index,
      @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @Schema(example = "2024-2025") String schoolYear,
      @Schema(example = "1") int version,
      @Schema(description = "The school that signed it", example = "S011003") String schoolCode,
      @Schema(example = "8") int grade,
      @Schema(
              description = "imported (stored now) or already-held (nothing stored)",
              allowableValues = {"imported", "already-held"},
              example = "imported")
          String outcome,
      @Schema(description = "Each signature's verdict")
          List<PackagedSignatureCheckView> signatures) {

    static ImportedRecordView of(RecordPackagesUseCase.ImportedRecord r) {
      return new ImportedRecordView(
          r.index(),
          r.recordId(),
          r.schoolYear(),
          r.version(),
          r.schoolCode(),
          r.grade(),
          r.outcome() == RecordPackagesUseCase.ImportOutcome.IMPORTED ? "imported" : "already-held",
          r.signatures().stream()
              .map(
                  s ->
                      new PackagedSignatureCheckView(
                          s.role(),
                          s.report().verdict(),
                          null,
                          s.report().signer() == null ? null : s.report().signer().name(),
                          s.report().timestampTime()))
              .toList());
    }
  }
}
