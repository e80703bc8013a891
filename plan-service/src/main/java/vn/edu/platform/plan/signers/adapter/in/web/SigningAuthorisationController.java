package vn.edu.platform.plan.signers.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.signers.adapter.in.web.SignerRequests.AuthorisationCheckRequest;
import vn.edu.platform.plan.signers.adapter.in.web.SignerResponses.AuthorisationResponse;
import vn.edu.platform.plan.signers.application.port.in.CheckSigningAuthorisationQuery;
import vn.edu.platform.plan.signers.domain.RegisterRules;
import vn.edu.platform.signing.register.RefusalReason;
import vn.edu.platform.signing.register.SigningAuthorisation.Decision;
import vn.edu.platform.signing.register.SigningRequest;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;

/**
 * The register's check: may this certificate sign for this unit in this role (on behalf of that
 * role) at this instant? The signing services decide the same question on their replicas with the
 * same code; this answer is the register's own, for screens and systems that ask before a signing
 * session. A check changes nothing; it takes an Idempotency-Key like every POST of the platform,
 * and a retry with the same key replays the first answer.
 */
@RestController
@RequestMapping("/api/v1/signing-authorisations")
@Tag(name = "Register of signers")
class SigningAuthorisationController {

  private final CheckSigningAuthorisationQuery checks;
  private final SignerCallers callers;
  private final Clock clock;

  SigningAuthorisationController(
      CheckSigningAuthorisationQuery checks, SignerCallers callers, Clock clock) {
    this.checks = checks;
    this.callers = callers;
    this.clock = clock;
  }

  @PostMapping("/check")
  @AnyStaffOrGovernment
  @UnitReadersOnly
  @Operation(
      operationId = "checkSigningAuthorisation",
      summary = "May this certificate sign for the unit in the role at this instant?",
      description =
          "200 when it may. Otherwise 422 with the reason as the problem's code and one error at"
              + " the field it concerns: certificate-not-registered (/fingerprint),"
              + " certificate-not-registered-for-unit (/unitCode: another unit or role),"
              + " certificate-revoked, certificate-not-yet-valid, certificate-expired (/at),"
              + " delegation-missing (/onBehalfOf), delegation-not-covering-date (/at: days"
              + " counted in Asia/Ho_Chi_Minh). The caller must read the unit (403"
              + " forbidden-org-unit): a school asks about its own signers, the department and"
              + " systems with province-read about any.")
  @ApiResponse(
      responseCode = "200",
      description = "The certificate may sign: what was decided on",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "422",
      description =
          "certificate-revoked: the certificate may not sign, and the code says why (one of"
              + " certificate-not-registered, certificate-not-registered-for-unit,"
              + " certificate-revoked, certificate-not-yet-valid, certificate-expired,"
              + " delegation-missing, delegation-not-covering-date); or signer-register-rule"
              + " when onBehalfOf is the role itself")
  AuthorisationResponse check(@Valid @RequestBody AuthorisationCheckRequest request) {
    callers.requireRead(request.unitCode());
    List<Violation> violations = new ArrayList<>();
    if (request.onBehalfOf() != null && request.onBehalfOf() == request.role()) {
      violations.add(
          Violation.withMessage(
              "/onBehalfOf", "own-role", "A signer does not sign on behalf of their own role"));
    }
    RegisterRules.checkInstant("/at", request.at(), violations);
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    Instant at = request.at() == null ? clock.instant() : request.at();
    Decision decision =
        checks.check(
            new SigningRequest(
                request.fingerprint(),
                request.unitCode(),
                request.role(),
                request.onBehalfOf(),
                at));
    return switch (decision) {
      case Decision.Allowed allowed ->
          AuthorisationResponse.of(allowed, request.role(), request.onBehalfOf(), at);
      case Decision.Refused refused ->
          throw new RuleViolation(
              refused.reason().code(),
              Violation.at(pointerOf(refused.reason()), refused.reason().code()));
    };
  }

  /** The field of the question a refusal is about. */
  private static String pointerOf(RefusalReason reason) {
    return switch (reason) {
      case CERTIFICATE_NOT_REGISTERED -> "/fingerprint";
      case CERTIFICATE_NOT_REGISTERED_FOR_UNIT -> "/unitCode";
      case DELEGATION_MISSING -> "/onBehalfOf";
      case CERTIFICATE_REVOKED,
          CERTIFICATE_NOT_YET_VALID,
          CERTIFICATE_EXPIRED,
          DELEGATION_NOT_COVERING_DATE ->
          "/at";
    };
  }
}
