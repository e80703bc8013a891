package vn.edu.platform.studentrecord.extract.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.security.PublicEndpoint;
import vn.edu.platform.studentrecord.extract.adapter.in.web.ExtractBodies.VerificationAnswer;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery;

/** The verification of an extract by whoever holds it: the link of its QR code. */
@RestController
@Tag(name = "Extracts")
class PublicVerificationController {

  private final PublicVerificationQuery verification;

  PublicVerificationController(PublicVerificationQuery verification) {
    this.verification = verification;
  }

  @GetMapping("/public/v1/student-records/verifications/{recordId}")
  @PublicEndpoint(
      reason =
          "whoever is handed an extract (a school admitting the student, an employer) checks it"
              + " with the code printed on it and carried by its QR code, without an account; the"
              + " code authorises the answer, which masks the student's name, and the gateway's"
              + " rate limit bounds guessing")
  @Operation(
      operationId = "verifyRecordExtract",
      summary = "Verify an extract of a record by its code",
      description =
          "With the code of an extract of this record: the record's state, school, year and"
              + " grade, the student's name masked, the year's learning and conduct levels, the"
              + " signatures (role, time, verification), whether a later version corrected it,"
              + " and the extract's number, date and PDF hash. A wrong code and an unknown record"
              + " answer the same 404 verification-not-found. The code is case-insensitive and"
              + " may be typed with its hyphens.")
  @ApiResponse(responseCode = "200", description = "The answer", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "404",
      description = "verification-not-found: no extract of this record has this code")
  ResponseEntity<VerificationAnswer> verify(
      @PathVariable @Parameter(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") UUID recordId,
      @RequestParam
          @Parameter(
              description = "The code printed on the extract (16 characters, in the QR's link)",
              example = "K7QW2MZP4XNA3RDT")
          @Size(max = 64)
          String code) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(VerificationAnswer.of(verification.verify(recordId, code)));
  }
}
