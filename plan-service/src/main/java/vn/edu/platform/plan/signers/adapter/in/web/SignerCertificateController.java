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
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.RegisterCertificateRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.RevocationRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerResponses.SignerCertificateResponse;
import vn.edu.platform.plan.signers.application.port.in.ManageSignerCertificatesUseCase;
import vn.edu.platform.plan.signers.application.port.in.SignerCommands;
import vn.edu.platform.plan.signers.application.port.in.SignerFilters;
import vn.edu.platform.plan.signers.application.port.in.SignerRegisterQuery;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.security.UnitManagers;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * The register's certificates: the department registers and revokes them; a school reads its own
 * signers', a commune officer the commune's schools', the department every one.
 */
@RestController
@RequestMapping("/api/v1/signer-certificates")
@Tag(
    name = "Register of signers",
    description =
        "Signing certificates requested, registered for a unit and a role, revoked by decision;"
            + " delegations to sign on behalf of a role; the check signing services decide by")
class SignerCertificateController {

  static final String CERTIFICATE_ID = "{certificateId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageSignerCertificatesUseCase certificates;
  private final SignerRegisterQuery queries;
  private final SignerCallers callers;

  SignerCertificateController(
      ManageSignerCertificatesUseCase certificates,
      SignerRegisterQuery queries,
      SignerCallers callers) {
    this.certificates = certificates;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @DepartmentOnly
  @Operation(
      operationId = "registerSignerCertificate",
      summary = "Register an issued certificate for its holder, unit and role",
      description =
          "The certificate is read as PEM or base64 DER: serial, issuer, SHA-256 fingerprint and"
              + " validity are kept, not the certificate. The unit must exist today and the role"
              + " fit it; a CA's certificate, one whose key may not sign, or an expired one is"
              + " refused (422 signer-register-rule at /certificate). Naming an open request"
              + " fulfils it. The same certificate (fingerprint, or issuer and serial) twice"
              + " answers 409 signer-certificate-exists with the registration's id. Announced as"
              + " SignerCertificateRegistered.")
  @ApiResponse(
      responseCode = "201",
      description = "The registered certificate; Location names it",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "signer-certificate-exists: the certificate is registered already (its id in the"
              + " detail); certificate-request-not-open when the named request is fulfilled or"
              + " withdrawn; or a request with the same Idempotency-Key is still running")
  ResponseEntity<SignerCertificateResponse> register(
      @Valid @RequestBody RegisterCertificateRequest request) {
    callers.requireDepartment();
    SignerCertificate registered =
        certificates.register(
            new SignerCommands.RegisterCertificate(
                request.certificate(),
                request.holderLogin(),
                request.holderName(),
                request.unitCode(),
                request.role(),
                request.requestId()));
    return ResponseEntity.created(URI.create("/api/v1/signer-certificates/" + registered.id()))
        .body(SignerCertificateResponse.of(registered));
  }

  @GetMapping
  @UnitManagers
  @Operation(
      operationId = "listSignerCertificates",
      summary = "The registered certificates the caller may read, newest first",
      description =
          "Department staff read every unit's; a school its own; a commune officer the"
              + " commune's schools'. Other units' certificates are left out, not refused.")
  PageResponse<SignerCertificateResponse> list(
      @Parameter(description = "Only this unit's", example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          String unitCode,
      @Parameter(description = "Only this role's", example = "PRINCIPAL")
          @RequestParam(required = false)
          SignerRole role,
      @Parameter(description = "Only ACTIVE or only REVOKED ones", example = "ACTIVE")
          @RequestParam(required = false)
          CertificateStatus status,
      @Parameter(description = "Only this holder's", example = "ht.s311002")
          @RequestParam(required = false)
          @Size(max = 100)
          String holderLogin,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    return SignerResponses.page(
        queries.certificates(
            callers.reader(),
            new SignerFilters.CertificateFilter(
                blankToNull(unitCode), role, status, blankToNull(holderLogin)),
            page * size,
            size),
        SignerCertificateResponse::of,
        paging);
  }

  @GetMapping("/" + CERTIFICATE_ID)
  @UnitManagers
  @Operation(
      operationId = "getSignerCertificate",
      summary = "One registered certificate, with its revocation",
      description =
          "404 signer-certificate-not-found for an unknown id or another unit's certificate;"
              + " ETag = revision.")
  SignerCertificateResponse get(@PathVariable UUID certificateId) {
    return SignerCertificateResponse.of(queries.certificate(callers.reader(), certificateId));
  }

  @PostMapping("/" + CERTIFICATE_ID + "/revocation")
  @DepartmentOnly
  @Operation(
      operationId = "revokeSignerCertificate",
      summary = "Revoke a certificate by the department's decision",
      description =
          "Decision number and date are required (422 otherwise); from effectiveAt (now when"
              + " absent) the certificate signs nothing, what it signed before stays signed. A"
              + " revoked certificate is not revoked again (409 signer-certificate-revoked). If-Match"
              + " with the certificate's ETag (412 when stale). Announced as"
              + " SignerCertificateRevoked.")
  @ApiResponse(
      responseCode = "200",
      description = "The revoked certificate; ETag = its new revision",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "signer-certificate-revoked: the certificate was revoked already; or a request with the"
              + " same Idempotency-Key is still running")
  SignerCertificateResponse revoke(
      @PathVariable UUID certificateId,
      ExpectedRevision expected,
      @Valid @RequestBody RevocationRequest request) {
    callers.requireDepartment();
    return SignerCertificateResponse.of(
        certificates.revoke(
            new SignerCommands.RevokeCertificate(
                certificateId,
                request.decisionNumber(),
                request.decisionDate(),
                request.reason(),
                request.effectiveAt(),
                expected)));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
