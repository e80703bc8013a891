package vn.edu.platform.plan.signers.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.RequestCertificateRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.WithdrawalRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerResponses.CertificateRequestResponse;
import vn.edu.platform.plan.signers.application.port.in.ManageCertificateRequestsUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.SignerRegisterQuery;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.security.UnitManagers;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * The department's certificate requests: opened, fulfilled by the registration of the issued
 * certificate, or withdrawn; a school reads its own.
 */
@RestController
@RequestMapping("/api/v1/signer-certificate-requests")
@Tag(name = "Register of signers")
class CertificateRequestController {

  static final String REQUEST_ID = "{requestId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageCertificateRequestsUseCase requests;
  private final SignerRegisterQuery queries;
  private final SignerCallers callers;

  CertificateRequestController(
      ManageCertificateRequestsUseCase requests,
      SignerRegisterQuery queries,
      SignerCallers callers) {
    this.requests = requests;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @DepartmentOnly
  @Operation(
      operationId = "createSignerCertificateRequest",
      summary = "Request that a signing certificate be issued or renewed",
      description =
          "For a holder who signs for a unit (existing today) in a role that fits it; a renewal"
              + " names the registered certificate of the same holder, unit and role it replaces"
              + " (422 signer-register-rule at /renewsCertificateId otherwise). A second open"
              + " request of the holder for the unit and role answers 409"
              + " certificate-request-exists with its id. Registering the issued certificate with"
              + " requestId fulfils it.")
  @ApiResponse(
      responseCode = "201",
      description = "The open request; Location names it",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "certificate-request-exists: the holder has an open request for the unit and role"
              + " (its id in the detail); or a request with the same Idempotency-Key is still"
              + " running")
  ResponseEntity<CertificateRequestResponse> create(
      @Valid @RequestBody RequestCertificateRequest request) {
    callers.requireDepartment();
    CertificateRequest opened =
        requests.request(
            new SignerCommands.RequestCertificate(
                request.kind(),
                request.holderLogin(),
                request.holderName(),
                request.unitCode(),
                request.role(),
                request.renewsCertificateId(),
                request.note()));
    return ResponseEntity.created(URI.create("/api/v1/signer-certificate-requests/" + opened.id()))
        .body(CertificateRequestResponse.of(opened));
  }

  @GetMapping
  @UnitManagers
  @Operation(
      operationId = "listSignerCertificateRequests",
      summary = "The certificate requests the caller may read, newest first",
      description =
          "Department staff read every unit's; a school its own; a commune officer the"
              + " commune's schools'.")
  PageResponse<CertificateRequestResponse> list(
      @Parameter(description = "Only this unit's", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Only OPEN, FULFILLED or WITHDRAWN ones", example = "OPEN")
          @RequestParam(required = false)
          CertificateRequest.Status status,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    return SignerResponses.page(
        queries.requests(
            callers.reader(),
            new SignerFilters.RequestFilter(
                SignerCertificateController.blankToNull(unitCode), status),
            page * size,
            size),
        CertificateRequestResponse::of,
        paging);
  }

  @GetMapping("/" + REQUEST_ID)
  @UnitManagers
  @Operation(
      operationId = "getSignerCertificateRequest",
      summary = "One certificate request",
      description =
          "404 certificate-request-not-found for an unknown id or another unit's request; ETag"
              + " = revision.")
  CertificateRequestResponse get(@PathVariable UUID requestId) {
    return CertificateRequestResponse.of(queries.request(callers.reader(), requestId));
  }

  @PostMapping("/" + REQUEST_ID + "/withdrawal")
  @DepartmentOnly
  @Operation(
      operationId = "withdrawSignerCertificateRequest",
      summary = "Withdraw an open request, saying why",
      description =
          "A reason is required (422 /reason); a fulfilled or withdrawn request answers 409"
              + " certificate-request-not-open. If-Match with the request's ETag (412 when"
              + " stale).")
  @ApiResponse(
      responseCode = "200",
      description = "The withdrawn request; ETag = its new revision",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "certificate-request-not-open: the request was fulfilled or withdrawn already; or a"
              + " request with the same Idempotency-Key is still running")
  CertificateRequestResponse withdraw(
      @PathVariable UUID requestId,
      ExpectedRevision expected,
      @Valid @RequestBody WithdrawalRequest request) {
    callers.requireDepartment();
    return CertificateRequestResponse.of(
        requests.withdraw(
            new SignerCommands.WithdrawRequest(requestId, request.reason(), expected)));
  }
}
