package vn.edu.platform.starter.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * The department's window on the audit trail of this service: who read or changed which personal
 * record, when and why, and whether the trail is intact.
 */
@RestController
@RequestMapping("${platform.service.api-base-path:/api/v1}/audit-events")
@Tag(name = "Audit trail", description = "Who read or changed personal records (department only)")
@PreAuthorize("hasRole('dept-admin')")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(operationId = "listAuditEvents", summary = "Search the audit trail, newest first")
  List<AuditEntry> find(
      @Parameter(
              description = "Type of the record, e.g. student-record",
              example = "student-record")
          @RequestParam(required = false)
          @Size(max = 100)
          String resourceType,
      @Parameter(description = "Id of the record", example = "a1b2c3")
          @RequestParam(required = false)
          @Size(max = 200)
          String resourceId,
      @Parameter(description = "Subject id of the actor (token sub)")
          @RequestParam(required = false)
          @Size(max = 200)
          String actor,
      @Parameter(description = "Unit code the record belongs to", example = "S000001")
          @RequestParam(required = false)
          @Size(max = 32)
          String orgUnit,
      @Parameter(description = "From (inclusive), ISO-8601 instant")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @Parameter(description = "To (exclusive), ISO-8601 instant")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > AuditQuery.MAX_SIZE) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  page < 0 ? "page" : "size", "out-of-range", "page >= 0, 1 <= size <= 200")));
    }
    return trail.find(
        new AuditQuery(resourceType, resourceId, actor, orgUnit, from, to, page, size));
  }

  @GetMapping("/verification")
  @Operation(
      operationId = "verifyAuditChain",
      summary = "Recompute the hash chain and report whether the trail was tampered with")
  ChainVerification verify() {
    return trail.verify();
  }
}
