package vn.edu.platform.studentrecord.record.adapter.out.register;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningAuthorisation;
import vn.edu.platform.signing.register.SigningAuthorisation.Decision;
import vn.edu.platform.signing.register.SigningRequest;
import vn.edu.platform.starter.signers.JdbcSignerRegisterReplica;
import vn.edu.platform.studentrecord.record.application.port.out.SignerRegisterCheck;

/**
 * Decides on the service's replica of the register of signers with platform-signing's {@code
 * SigningAuthorisation}, the register's own code. The principal's signature is made with a
 * principal's certificate, or with a vice-principal's on the principal's behalf under a delegation.
 */
@Component
class ReplicaSignerRegisterCheck implements SignerRegisterCheck {

  private final JdbcSignerRegisterReplica replica;
  private final SigningAuthorisation authorisation;

  ReplicaSignerRegisterCheck(
      JdbcSignerRegisterReplica replica, SigningAuthorisation authorisation) {
    this.replica = replica;
    this.authorisation = authorisation;
  }

  @Override
  public Allowed require(String fingerprint, String schoolCode, SignerRole role, Instant at) {
    SignerRole registered = replica.certificate(fingerprint).map(c -> c.role()).orElse(role);
    boolean onBehalf = role == SignerRole.PRINCIPAL && registered == SignerRole.VICE_PRINCIPAL;
    Decision decision =
        authorisation.decide(
            replica,
            new SigningRequest(
                fingerprint,
                schoolCode,
                onBehalf ? SignerRole.VICE_PRINCIPAL : role,
                onBehalf ? SignerRole.PRINCIPAL : null,
                at));
    return switch (decision) {
      case Decision.Allowed allowed ->
          new Allowed(
              allowed.certificate().role(),
              allowed.certificate().holderLogin(),
              allowed.delegation() == null ? null : allowed.delegation().decisionNumber());
      case Decision.Refused refused ->
          throw new RuleViolation(
              refused.reason().code(),
              Violation.withMessage(
                  "/certificate", refused.reason().code(), refused.explanation()));
    };
  }
}
