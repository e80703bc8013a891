package vn.edu.platform.plan.signers.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.EndDelegationRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.GrantDelegationRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerResponses.DelegationResponse;
import vn.edu.platform.plan.signers.application.port.in.ManageSigningDelegationsUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.SignerRegisterQuery;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.security.UnitManagers;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * Delegations to sign on behalf of a role (ủy quyền ký thay): the department records them and their
 * endings by decision; a school reads its own.
 */
@RestController
@RequestMapping("/api/v1/signing-delegations")
@Tag(name = "Register of signers")
class SigningDelegationController {

  static final String DELEGATION_ID = "{delegationId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageSigningDelegationsUseCase delegations;
  private final SignerRegisterQuery queries;
  private final SignerCallers callers;

  SigningDelegationController(
      ManageSigningDelegationsUseCase delegations,
      SignerRegisterQuery queries,
      SignerCallers callers) {
    this.delegations = delegations;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @DepartmentOnly
  @Operation(
      operationId = "grantSigningDelegation",
      summary = "Record a delegation to sign on behalf of a role of a unit",
      description =
          "From validFrom to validTo (Vietnamese days, both included) the delegate signs on"
              + " behalf of the role, with their own registered certificate. The unit must exist"
              + " today and the role fit it; the decision's number and date are required (422"
              + " signer-register-rule). An overlapping delegation of the same role of the unit"
              + " to the same person answers 409 signing-delegation-overlaps with its id."
              + " Announced as SigningDelegationGranted.")
  @ApiResponse(
      responseCode = "201",
      description = "The delegation; Location names it",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "signing-delegation-overlaps: a delegation of the role to the person covers some of"
              + " these days (its id in the detail); or a request with the same Idempotency-Key"
              + " is still running")
  ResponseEntity<DelegationResponse> grant(@Valid @RequestBody GrantDelegationRequest request) {
    callers.requireDepartment();
    Delegation granted =
        delegations.grant(
            new SignerCommands.GrantDelegation(
                request.delegatorUnitCode(),
                request.delegatorRole(),
                request.delegateLogin(),
                request.decisionNumber(),
                request.decisionDate(),
                request.validFrom(),
                request.validTo()));
    return ResponseEntity.created(URI.create("/api/v1/signing-delegations/" + granted.id()))
        .body(DelegationResponse.of(granted));
  }

  @GetMapping
  @UnitManagers
  @Operation(
      operationId = "listSigningDelegations",
      summary = "The delegations the caller may read, newest first",
      description =
          "Department staff read every unit's; a school its own; a commune officer the"
              + " commune's schools'.")
  PageResponse<DelegationResponse> list(
      @Parameter(description = "Only this delegating unit's", example = "SGD31")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Only this delegate's", example = "pgd.tran")
          @RequestParam(required = false)
          @Size(max = 100)
          String delegateLogin,
      @Parameter(description = "Only those covering this day", example = "2026-07-10")
          @RequestParam(required = false)
          LocalDate activeOn,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    return SignerResponses.page(
        queries.delegations(
            callers.reader(),
            new SignerFilters.DelegationFilter(
                SignerCertificateController.blankToNull(unitCode),
                SignerCertificateController.blankToNull(delegateLogin),
                activeOn),
            page * size,
            size),
        DelegationResponse::of,
        paging);
  }

  @GetMapping("/" + DELEGATION_ID)
  @UnitManagers
  @Operation(
      operationId = "getSigningDelegation",
      summary = "One delegation",
      description =
          "404 signing-delegation-not-found for an unknown id or another unit's delegation;"
              + " ETag = revision.")
  DelegationResponse get(@PathVariable UUID delegationId) {
    return DelegationResponse.of(queries.delegation(callers.reader(), delegationId));
  }

  @PostMapping("/" + DELEGATION_ID + "/ending")
  @DepartmentOnly
  @Operation(
      operationId = "endSigningDelegation",
      summary = "End a delegation before its term, by decision",
      description =
          "The last day it still covers lies within it, or is the day before it begins (422"
              + " /lastDay outside-delegation); the decision's number and date are required. An"
              + " ended delegation answers 409 signing-delegation-ended. If-Match with the"
              + " delegation's ETag (412 when stale). Announced as SigningDelegationEnded.")
  @ApiResponse(
      responseCode = "200",
      description = "The ended delegation; ETag = its new revision",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "signing-delegation-ended: the delegation was ended already; or a request with the"
              + " same Idempotency-Key is still running")
  DelegationResponse end(
      @PathVariable UUID delegationId,
      ExpectedRevision expected,
      @Valid @RequestBody EndDelegationRequest request) {
    callers.requireDepartment();
    return DelegationResponse.of(
        delegations.end(
            new SignerCommands.EndDelegation(
                delegationId,
                request.lastDay(),
                request.decisionNumber(),
                request.decisionDate(),
                expected)));
  }
}
