package vn.edu.platform.studentrecord.student.adapter.in.web;

import static vn.edu.platform.studentrecord.student.adapter.in.web.StudentController.BASE;
import static vn.edu.platform.studentrecord.student.adapter.in.web.StudentController.STUDENT_CODE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.AddGuardianRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.ChangeGuardianRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.GuardianResponse;
import vn.edu.platform.studentrecord.student.application.port.in.ManageGuardiansUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.ReadStudentsQuery;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.domain.Guardian;

/**
 * A student's parents and guardians (cha mẹ, người giám hộ): the legal representative's consent to
 * the digital record, and the citizen account the school links so that a parent reads the student.
 */
@RestController
@RequestMapping(BASE + "/" + STUDENT_CODE + "/guardians")
@Tag(
    name = "Guardians",
    description =
        "A student's parents and guardians, their consent and their linked citizen accounts")
class GuardianController {

  static final String GUARDIAN_ID = "{guardianId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageGuardiansUseCase guardians;
  private final ReadStudentsQuery queries;
  private final StudentCallers callers;

  GuardianController(
      ManageGuardiansUseCase guardians, ReadStudentsQuery queries, StudentCallers callers) {
    this.guardians = guardians;
    this.queries = queries;
    this.callers = callers;
  }

  @GetMapping
  @GuardianReaders
  @Operation(
      operationId = "listGuardians",
      summary = "A student's guardians, in the order they were recorded",
      description =
          "The staff of the school holding the file and the department's staff (audited); not"
              + " communes, government systems or citizens (403). 404 student-not-found for"
              + " another school's student.")
  List<GuardianResponse> list(@StudentCodeParameter @PathVariable String studentCode) {
    return queries.guardians(callers.current(), studentCode).stream()
        .map(GuardianResponse::of)
        .toList();
  }

  @PostMapping
  @SchoolHeads
  @Operation(
      operationId = "addGuardian",
      summary = "Record a guardian of a student",
      description =
          "With the legal representative's consent to the digital record when given (a legal"
              + " representative's only, dated and described: 422 student-rule), and the citizen"
              + " account to link (409 guardian-account-linked when another guardian of the"
              + " student has it). Audited.")
  @ApiResponse(
      responseCode = "201",
      description = "The guardian; Location names the student's guardians",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "guardian-account-linked; or a request with the same Idempotency-Key is still running")
  ResponseEntity<GuardianResponse> add(
      @StudentCodeParameter @PathVariable String studentCode,
      @Valid @RequestBody AddGuardianRequest request) {
    Guardian added =
        guardians.add(
            callers.current(),
            new StudentCommands.AddGuardian(
                studentCode,
                request.fullName(),
                request.relationship(),
                Boolean.TRUE.equals(request.legalRepresentative()),
                request.phone(),
                request.consentGivenOn(),
                request.consentRecordedAs(),
                request.accountLogin()));
    return ResponseEntity.created(URI.create(BASE + "/" + studentCode + "/guardians"))
        .body(GuardianResponse.of(added));
  }

  @PatchMapping("/" + GUARDIAN_ID)
  @SchoolHeads
  @Operation(
      operationId = "updateGuardian",
      summary = "Change a guardian: phone, legal representation, consent, linked account",
      description =
          "Absent fields stay. The same rules as on recording; If-Match with the guardian's ETag"
              + " (412 when stale); 404 guardian-not-found. Audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The guardian; ETag = its new revision",
      useReturnTypeSchema = true)
  GuardianResponse change(
      @StudentCodeParameter @PathVariable String studentCode,
      @GuardianIdParameter @PathVariable UUID guardianId,
      ExpectedRevision expected,
      @Valid @RequestBody ChangeGuardianRequest request) {
    return GuardianResponse.of(
        guardians.change(
            callers.current(),
            new StudentCommands.ChangeGuardian(
                studentCode,
                guardianId,
                request.phone(),
                request.legalRepresentative(),
                request.consentGivenOn(),
                request.consentRecordedAs(),
                request.accountLogin(),
                expected)));
  }

  @DeleteMapping("/" + GUARDIAN_ID + "/account-link")
  @SchoolHeads
  @Operation(
      operationId = "unlinkGuardianAccount",
      summary = "Remove the link of a guardian to a citizen account",
      description =
          "From then on the citizen reads nothing of the student. 409"
              + " guardian-account-not-linked when no account is linked; If-Match with the"
              + " guardian's ETag. Audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The guardian without its linked account; ETag = its new revision",
      useReturnTypeSchema = true)
  GuardianResponse unlink(
      @StudentCodeParameter @PathVariable String studentCode,
      @GuardianIdParameter @PathVariable UUID guardianId,
      ExpectedRevision expected) {
    return GuardianResponse.of(
        guardians.unlinkAccount(
            callers.current(),
            new StudentCommands.UnlinkGuardianAccount(studentCode, guardianId, expected)));
  }
}
